import { addDays } from '@sanbao/calendar';
// The sales the benchmark imports: plausible rows (every channel, some deliveries, installations and
// payments that differ from the price), written once as the CSV the service reads and once as the column
// arrays the baseline inserts, so both sides store the very same values.

export const benchModels = [
  { modelCode: 'TV-55X', categoryCode: 'colour_tv', nameZh: '55寸彩电', nameEn: 'Colour TV 55"' },
  { modelCode: 'FR-300', categoryCode: 'refrigerator', nameZh: '三门冰箱', nameEn: 'Refrigerator 300L' },
  { modelCode: 'AC-35', categoryCode: 'air_conditioner', nameZh: '壁挂式空调', nameEn: 'Wall air conditioner' },
] as const;

const channels = ['store', 'online', 'tv', 'phone', 'mail'] as const;

export interface BenchSale {
  serial: string;
  modelCode: string;
  channel: (typeof channels)[number];
  invoiceDate: string;
  deliveredAt: string | null;
  installedOn: string | null;
  priceFen: number;
  paidFen: number | null;
  invoice: boolean | null;
  voucher: boolean | null;
}

const day = (base: string, plusDays: number) => addDays(base, plusDays);

export function generateSales(count: number, prefix: string): BenchSale[] {
  return Array.from({ length: count }, (_, n) => {
    const invoiceDate = day('2025-01-01', n % 365);
    return {
      serial: `${prefix}-${String(n).padStart(7, '0')}`,
      modelCode: benchModels[n % benchModels.length]!.modelCode,
      channel: channels[n % channels.length]!,
      invoiceDate,
      deliveredAt: n % 3 === 0 ? null : `${day(invoiceDate, 1)}T02:30:00.000Z`,
      installedOn: n % 4 === 0 ? day(invoiceDate, 2) : null,
      priceFen: 199_900 + (n % 1000) * 100,
      paidFen: n % 5 === 0 ? null : 199_900,
      invoice: n % 2 === 0 ? true : null,
      voucher: n % 2 === 0 ? n % 4 === 0 : null,
    };
  });
}

/** The CSV `salesImports.start` takes (its column names; empty cell = absent). */
export function salesCsv(sales: readonly BenchSale[]): string {
  const cell = (value: string | number | boolean | null) => (value === null ? '' : String(value));
  const lines = ['serial,model_code,channel,invoice_date,price_fen,delivered_at,installed_on,paid_fen,invoice,voucher'];
  for (const s of sales) {
    lines.push(
      [
        s.serial,
        s.modelCode,
        s.channel,
        s.invoiceDate,
        s.priceFen,
        s.deliveredAt,
        s.installedOn,
        s.paidFen,
        s.invoice,
        s.voucher,
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

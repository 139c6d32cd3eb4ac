import type { Kysely } from '@sanbao/db';
import type { WarrantyDatabase } from '@sanbao/warranty/testing';

/** A registry like a real one: many units, a few models, some with repair history (policies: migrate.ts seeds them). */
export async function seedRegistry(db: Kysely<WarrantyDatabase>, units: number): Promise<string[]> {
  const models = [
    { modelCode: 'TV-55X', categoryCode: 'colour_tv', nameZh: '55寸彩电', nameEn: 'Colour TV 55"', mainParts: [] },
    {
      modelCode: 'FR-300',
      categoryCode: 'refrigerator',
      nameZh: '三门冰箱',
      nameEn: 'Refrigerator 300L',
      mainParts: [],
    },
    { modelCode: 'PH-12', categoryCode: 'mobile_phone', nameZh: '手机', nameEn: 'Phone 12', mainParts: [] },
  ];
  await db.insertInto('productModels').values(models).execute();
  const serials = Array.from({ length: units }, (_, i) => `BENCH-${String(i).padStart(7, '0')}`);
  for (let start = 0; start < units; start += 1000) {
    const chunk = serials.slice(start, start + 1000);
    const rows = await db
      .insertInto('soldUnits')
      .values(
        chunk.map((serial, i) => ({
          serial,
          modelCode: models[(start + i) % models.length]!.modelCode,
          channel: (start + i) % 4 === 0 ? ('online' as const) : ('store' as const),
          invoiceDate: '2025-06-01',
          deliveredAt: new Date('2025-06-03T10:00:00+08:00'),
          installedOn: null,
          priceFen: 300_000,
          paidFen: null,
          documents: '{}',
          importId: null,
          registeredBy: 'bench',
        })),
      )
      .returning(['id'])
      .execute();
    await db
      .insertInto('repairs')
      .values(
        rows
          .filter((_, i) => i % 3 === 0)
          .flatMap((r) => [
            {
              unitId: r.id,
              providerId: 'SP-001',
              sentOn: '2025-07-01',
              completedOn: '2025-07-05',
              fixed: false,
              partCode: null,
              faultCode: 'F1',
              hours: null,
              excludedHours: null,
              recordedBy: 'bench',
            },
            {
              unitId: r.id,
              providerId: 'SP-001',
              sentOn: '2025-08-01',
              completedOn: '2025-08-03',
              fixed: true,
              partCode: null,
              faultCode: 'F1',
              hours: null,
              excludedHours: null,
              recordedBy: 'bench',
            },
          ]),
      )
      .execute();
  }
  return serials;
}

import type { Kysely } from '@sanbao/db';
import type { WarrantyDatabase } from '../schema.ts';

const models = [
  {
    modelCode: 'TV-55X',
    categoryCode: 'colour_tv',
    nameZh: '55英寸液晶电视',
    nameEn: '55" LCD TV',
    mainParts: ['panel', 'mainboard'],
  },
  {
    modelCode: 'FR-300',
    categoryCode: 'refrigerator',
    nameZh: '三门冰箱 300升',
    nameEn: 'Refrigerator 300 L',
    mainParts: [],
  },
  { modelCode: 'PH-12', categoryCode: 'mobile_phone', nameZh: '智能手机 12', nameEn: 'Smartphone 12', mainParts: [] },
  { modelCode: 'NB-14', categoryCode: 'notebook_pc', nameZh: '笔记本电脑 14寸', nameEn: 'Notebook 14"', mainParts: [] },
];

const sales = [
  { serial: 'DEMO-TV-0001', modelCode: 'TV-55X', channel: 'store', invoiceDate: '2026-09-01', priceFen: 399_900 },
  {
    serial: 'DEMO-TV-0002',
    modelCode: 'TV-55X',
    channel: 'online',
    invoiceDate: '2026-11-10',
    priceFen: 379_900,
    deliveredAt: new Date('2026-11-12T15:00:00+08:00'),
  },
  { serial: 'DEMO-FR-0001', modelCode: 'FR-300', channel: 'store', invoiceDate: '2025-12-20', priceFen: 459_900 },
  {
    serial: 'DEMO-PH-0001',
    modelCode: 'PH-12',
    channel: 'online',
    invoiceDate: '2026-11-15',
    priceFen: 599_900,
    deliveredAt: new Date('2026-11-17T11:20:00+08:00'),
  },
  { serial: 'DEMO-NB-0001', modelCode: 'NB-14', channel: 'store', invoiceDate: '2026-03-08', priceFen: 699_900 },
] as const;

/** A few models and sold units to try the API on; safe to run on every start. */
export async function loadDemoData(db: Kysely<WarrantyDatabase>): Promise<{ models: number; units: number }> {
  const m = await db
    .insertInto('productModels')
    .values(models)
    .onConflict((oc) => oc.column('modelCode').doNothing())
    .execute();
  const u = await db
    .insertInto('soldUnits')
    .values(
      sales.map((s) => ({
        serial: s.serial,
        modelCode: s.modelCode,
        channel: s.channel,
        invoiceDate: s.invoiceDate,
        deliveredAt: 'deliveredAt' in s ? s.deliveredAt : null,
        installedOn: null,
        priceFen: s.priceFen,
        paidFen: null,
        documents: '{}',
        importId: null,
        registeredBy: 'demo',
      })),
    )
    .onConflict((oc) => oc.column('serial').doNothing())
    .execute();
  return { models: Number(m[0]?.numInsertedOrUpdatedRows ?? 0), units: Number(u[0]?.numInsertedOrUpdatedRows ?? 0) };
}

import type { Kysely } from '@sanbao/db';
import type { PartsDatabase, ReturnRuleTable } from '../schema.ts';

// The parts side of the demo: the tenants of the gateway's demo users (providers SP-001 and SP-002,
// warehouse WH-CENTRAL), a catalog and BOMs for the warranty demo's models (TV-55X, FR-300, PH-12,
// NB-14), stock in the central warehouse and a return rule for every part class.

export const demoWarehouses = [
  { id: 'WH-CENTRAL', name: '中心仓', kind: 'central', region: '华东' },
  { id: 'WH-SOUTH', name: '华南仓', kind: 'regional', region: '华南' },
] as const;

export const demoProviders = [
  {
    id: 'SP-001',
    name: '华东服务站',
    region: '华东',
    grade: 'A',
    defaultWarehouseId: 'WH-CENTRAL',
    creditLimitFen: 5_000_000,
  },
  {
    id: 'SP-002',
    name: '华南服务站',
    region: '华南',
    grade: 'B',
    defaultWarehouseId: 'WH-CENTRAL',
    creditLimitFen: 2_000_000,
  },
] as const;

export const demoParts = [
  {
    code: 'TV55-PANEL',
    nameZh: '55英寸液晶屏',
    nameEn: '55" LCD panel',
    unitCostFen: 120_000,
    partClass: 'panel',
    returnable: true,
  },
  {
    code: 'TV55-MB',
    nameZh: '电视主板',
    nameEn: 'TV mainboard',
    unitCostFen: 35_000,
    partClass: 'pcb',
    returnable: true,
  },
  {
    code: 'TV55-PSU',
    nameZh: '电源板',
    nameEn: 'Power supply board',
    unitCostFen: 18_000,
    partClass: 'pcb',
    returnable: true,
  },
  {
    code: 'TV55-REMOTE',
    nameZh: '遥控器',
    nameEn: 'Remote control',
    unitCostFen: 3_000,
    partClass: 'accessory',
    returnable: false,
  },
  {
    code: 'FR300-CMP',
    nameZh: '冰箱压缩机',
    nameEn: 'Refrigerator compressor',
    unitCostFen: 60_000,
    partClass: 'compressor',
    returnable: true,
  },
  {
    code: 'FR300-THERM',
    nameZh: '温控器',
    nameEn: 'Thermostat',
    unitCostFen: 4_000,
    partClass: 'sensor',
    returnable: true,
  },
  {
    code: 'PH12-SCREEN',
    nameZh: '屏幕总成',
    nameEn: 'Screen assembly',
    unitCostFen: 45_000,
    partClass: 'display',
    returnable: true,
  },
  {
    code: 'PH12-BATT',
    nameZh: '手机电池',
    nameEn: 'Phone battery',
    unitCostFen: 8_000,
    partClass: 'battery',
    returnable: true,
  },
  {
    code: 'NB14-MB',
    nameZh: '笔记本主板',
    nameEn: 'Notebook mainboard',
    unitCostFen: 150_000,
    partClass: 'pcb',
    returnable: true,
  },
  { code: 'NB14-KB', nameZh: '键盘', nameEn: 'Keyboard', unitCostFen: 9_000, partClass: 'input', returnable: false },
] as const;

/** Model → [part code, quantity, main part?]; the main parts match the warranty demo's models. */
export const demoBoms: Record<string, [string, number, boolean][]> = {
  'TV-55X': [
    ['TV55-PANEL', 1, true],
    ['TV55-MB', 1, true],
    ['TV55-PSU', 1, false],
    ['TV55-REMOTE', 1, false],
  ],
  'FR-300': [
    ['FR300-CMP', 1, true],
    ['FR300-THERM', 1, false],
  ],
  'PH-12': [
    ['PH12-SCREEN', 1, true],
    ['PH12-BATT', 1, false],
  ],
  'NB-14': [
    ['NB14-MB', 1, true],
    ['NB14-KB', 1, false],
  ],
};

type Rule = Pick<ReturnRuleTable, 'partClass' | 'rule' | 'sampleEvery' | 'minValueFen' | 'dueDays'>;
export const demoReturnRules: Rule[] = [
  { partClass: 'panel', rule: 'all', sampleEvery: null, minValueFen: null, dueDays: 15 },
  { partClass: 'pcb', rule: 'all', sampleEvery: null, minValueFen: null, dueDays: 30 },
  { partClass: 'compressor', rule: 'all', sampleEvery: null, minValueFen: null, dueDays: 15 },
  { partClass: 'display', rule: 'all', sampleEvery: null, minValueFen: null, dueDays: 15 },
  { partClass: 'battery', rule: 'above_value', sampleEvery: null, minValueFen: 5_000, dueDays: 20 },
  { partClass: 'sensor', rule: 'sample', sampleEvery: 3, minValueFen: null, dueDays: 30 },
  { partClass: 'accessory', rule: 'none', sampleEvery: null, minValueFen: null, dueDays: 30 },
  { partClass: 'input', rule: 'none', sampleEvery: null, minValueFen: null, dueDays: 30 },
];

/** On hand per warehouse: every part in the central warehouse, a few in the regional one. */
export const demoStock: { warehouseId: string; code: string; quantity: number }[] = [
  ...demoParts.map((p) => ({ warehouseId: 'WH-CENTRAL', code: p.code, quantity: 20 })),
  { warehouseId: 'WH-SOUTH', code: 'TV55-MB', quantity: 3 },
  { warehouseId: 'WH-SOUTH', code: 'PH12-BATT', quantity: 10 },
];

/**
 * Loads the demo; safe to run on every start: rows already there (even changed by hand) are kept, and
 * stock is received once, when its balance row is first created, with the ledger movement beside it.
 */
export async function loadDemoData(db: Kysely<PartsDatabase>): Promise<{ parts: number; stockRows: number }> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('warehouses')
      .values([...demoWarehouses])
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('serviceProviders')
      .values([...demoProviders])
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    const added = await trx
      .insertInto('parts')
      .values(demoParts.map((p) => ({ ...p, supersededBy: null })))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    const ids = new Map(
      (
        await trx
          .selectFrom('parts')
          .select(['id', 'code'])
          .where(
            'code',
            'in',
            demoParts.map((p) => p.code),
          )
          .execute()
      ).map((p) => [p.code, p.id]),
    );
    const idOf = (code: string) => {
      const id = ids.get(code);
      if (id === undefined) throw new Error(`demo part ${code} is missing`);
      return id;
    };
    const bomLines = Object.entries(demoBoms).flatMap(([modelCode, lines]) =>
      lines.map(([code, quantity, isMain]) => ({ modelCode, partId: idOf(code), quantity, isMain })),
    );
    await trx
      .insertInto('bomLines')
      .values(bomLines)
      .onConflict((oc) => oc.columns(['modelCode', 'partId']).doNothing())
      .execute();
    await trx
      .insertInto('returnRules')
      .values(demoReturnRules.map((r) => ({ ...r, updatedBy: 'demo' })))
      .onConflict((oc) => oc.column('partClass').doNothing())
      .execute();
    let stockRows = 0;
    for (const s of demoStock) {
      const partId = idOf(s.code);
      const created = await trx
        .insertInto('stockBalances')
        .values({ warehouseId: s.warehouseId, partId, onHand: s.quantity, reserved: 0 })
        .onConflict((oc) => oc.columns(['warehouseId', 'partId']).doNothing())
        .returning('partId')
        .executeTakeFirst();
      if (!created) continue;
      stockRows++;
      await trx
        .insertInto('stockMovements')
        .values({
          warehouseId: s.warehouseId,
          partId,
          kind: 'receipt',
          onHandDelta: s.quantity,
          reservedDelta: 0,
          partsRequestId: null,
          note: 'demo stock',
          recordedBy: 'demo',
        })
        .execute();
    }
    return { parts: Number(added[0]?.numInsertedOrUpdatedRows ?? 0), stockRows };
  });
}

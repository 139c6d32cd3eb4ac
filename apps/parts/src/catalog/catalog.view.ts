import type { Selectable } from '@sanbao/db';
import type { BomLineTable, PartTable, ReturnRuleTable } from '../schema.ts';

type PartRow = Pick<
  Selectable<PartTable>,
  'code' | 'nameZh' | 'nameEn' | 'unitCostFen' | 'partClass' | 'returnable' | 'supersededBy'
>;

/** A part as callers see it: known by its code (the row id stays inside the service). */
export const partView = (p: PartRow) => ({
  code: p.code,
  nameZh: p.nameZh,
  nameEn: p.nameEn,
  unitCostFen: p.unitCostFen,
  partClass: p.partClass,
  returnable: p.returnable,
  supersededBy: p.supersededBy,
});

type BomLineRow = PartRow & Pick<Selectable<BomLineTable>, 'quantity' | 'isMain'>;

export const bomLineView = (l: Omit<BomLineRow, 'partClass' | 'returnable'>) => ({
  code: l.code,
  nameZh: l.nameZh,
  nameEn: l.nameEn,
  unitCostFen: l.unitCostFen,
  supersededBy: l.supersededBy,
  quantity: l.quantity,
  isMain: l.isMain,
});

type ReturnRuleRow = Pick<
  Selectable<ReturnRuleTable>,
  'partClass' | 'rule' | 'sampleEvery' | 'minValueFen' | 'dueDays'
>;

export const returnRuleView = (r: ReturnRuleRow) => ({
  partClass: r.partClass,
  rule: r.rule,
  sampleEvery: r.sampleEvery,
  minValueFen: r.minValueFen,
  dueDays: r.dueDays,
});

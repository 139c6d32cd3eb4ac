import type { PartsClient, PartsHarness } from './parts-harness.ts';
import { key, startPartsHarness } from './parts-harness.ts';

/**
 * A small world every integration test starts from: two warehouses, a handful of parts with a
 * supersession, two models' BOMs, return rules for each part class, two providers and their claims.
 */
export const world = {
  warehouses: { central: 'WH-CENTRAL', east: 'WH-EAST' },
  providers: { one: 'SP-001', two: 'SP-002' },
  model: 'KFR-35GW',
  claims: { covered: 'C-1001', notCovered: 'C-1002', otherProviders: 'C-2001' },
  parts: {
    /** Superseded by CMP-101: requests for it are issued as CMP-101. */
    oldCompressor: 'CMP-100',
    compressor: 'CMP-101',
    board: 'PCB-200',
    fan: 'FAN-300',
    screws: 'SCR-1',
    unrelated: 'WSH-900',
  },
  cost: { compressor: 28_000, oldCompressor: 27_300, board: 12_000, fan: 4_500, screws: 5, unrelated: 30_000 },
} as const;

const partsCsv = `code,name_zh,name_en,unit_cost_fen,part_class,returnable,superseded_by
CMP-100,压缩机,Compressor,27300,compressor,true,CMP-101
CMP-101,压缩机（二代）,"Compressor, gen 2",28000,compressor,true,
PCB-200,主控板,Main control board,12000,pcb,true,
FAN-300,风扇电机,Fan motor,4500,motor,true,
SCR-1,螺丝,Screw,5,fastener,false,
WSH-900,洗衣机电机,Washer motor,30000,motor,true,
`;

const bomCsv = `model_code,part_code,quantity,main
KFR-35GW,CMP-100,1,true
KFR-35GW,PCB-200,1,
KFR-35GW,FAN-300,1,
KFR-35GW,SCR-1,12,
XQB-70,WSH-900,1,true
`;

export async function seedWorld(h: PartsHarness, options: { creditLimitFen?: number } = {}) {
  const admin = h.admin;
  await admin.warehouses.upsert.mutate({
    idempotencyKey: key(),
    id: world.warehouses.central,
    name: '中央仓',
    kind: 'central',
    region: '华东',
  });
  await admin.warehouses.upsert.mutate({
    idempotencyKey: key(),
    id: world.warehouses.east,
    name: '华东仓',
    kind: 'regional',
    region: '华东',
  });
  await admin.catalog.importParts.mutate({ idempotencyKey: key(), csv: partsCsv });
  await admin.catalog.importBom.mutate({ idempotencyKey: key(), csv: bomCsv });
  await admin.catalog.setReturnRule.mutate({
    idempotencyKey: key(),
    partClass: 'compressor',
    rule: 'all',
    dueDays: 15,
  });
  await admin.catalog.setReturnRule.mutate({
    idempotencyKey: key(),
    partClass: 'pcb',
    rule: 'sample',
    sampleEvery: 2,
    dueDays: 30,
  });
  await admin.catalog.setReturnRule.mutate({
    idempotencyKey: key(),
    partClass: 'motor',
    rule: 'above_value',
    minValueFen: 5_000,
    dueDays: 20,
  });
  await admin.catalog.setReturnRule.mutate({ idempotencyKey: key(), partClass: 'fastener', rule: 'none', dueDays: 30 });
  for (const id of [world.providers.one, world.providers.two])
    await upsertProvider(h, id, { grade: 'A', creditLimitFen: options.creditLimitFen ?? 10_000_000 });
  h.claims.put({
    claimId: world.claims.covered,
    providerId: world.providers.one,
    serial: 'SN-35-0001',
    modelCode: world.model,
    covered: true,
  });
  h.claims.put({
    claimId: world.claims.notCovered,
    providerId: world.providers.one,
    serial: 'SN-35-0002',
    modelCode: world.model,
    covered: false,
  });
  h.claims.put({
    claimId: world.claims.otherProviders,
    providerId: world.providers.two,
    serial: 'SN-35-0003',
    modelCode: world.model,
    covered: true,
  });
}

/** The parts service on the seeded world, its clock at `now`, WH-EAST holding `stock` (units per part code). */
export async function startSeededParts(
  adminUrl: string,
  { now, stock = {} }: { now?: string; stock?: Record<string, number> } = {},
): Promise<{ h: PartsHarness; sp1: PartsClient; sp2: PartsClient; east: PartsClient }> {
  const h = await startPartsHarness(adminUrl);
  if (now) h.setNow(new Date(now));
  await seedWorld(h);
  for (const [partCode, quantity] of Object.entries(stock))
    await receiveStock(h, world.warehouses.east, partCode, quantity);
  return {
    h,
    sp1: await h.provider(world.providers.one),
    sp2: await h.provider(world.providers.two),
    east: await h.warehouse(world.warehouses.east),
  };
}

/** A provider of the world, served from WH-EAST, with this grade and credit limit. */
export async function upsertProvider(
  h: PartsHarness,
  id: string,
  { grade, creditLimitFen }: { grade: 'A' | 'B' | 'C' | 'D'; creditLimitFen: number },
) {
  const provider = { id, name: `服务商 ${id}`, region: '华东', grade, defaultWarehouseId: world.warehouses.east };
  return h.admin.providers.upsert.mutate({ idempotencyKey: key(), ...provider, creditLimitFen });
}

export async function receiveStock(h: PartsHarness, warehouseId: string, partCode: string, quantity: number) {
  return h.admin.stock.recordMovement.mutate({
    idempotencyKey: key(),
    warehouseId,
    partCode,
    kind: 'receipt',
    quantity,
  });
}

type Line = { partCode: string; quantity: number };

/** How the world's requests are shipped. */
export const shipping = { carrier: '顺丰', trackingNumber: 'SF1234567890' };

/** Walks a request as far as asked: draft → submitted → approved → reserved → shipped → received. */
export async function requestUpTo(
  h: PartsHarness,
  provider: PartsClient,
  stage: 'draft' | 'submitted' | 'approved' | 'reserved' | 'shipped' | 'received',
  request: { purpose?: 'warranty' | 'paid_repair' | 'stock'; claimId?: string; lines: Line[] },
) {
  const purpose = request.purpose ?? 'warranty';
  let r = await provider.requests.create.mutate({
    idempotencyKey: key(),
    purpose,
    ...(purpose === 'warranty' ? { claimId: request.claimId ?? world.claims.covered } : {}),
    lines: request.lines,
  });
  const order = ['draft', 'submitted', 'approved', 'reserved', 'shipped', 'received'] as const;
  const upTo = (s: (typeof order)[number]) => order.indexOf(stage) >= order.indexOf(s);
  if (upTo('submitted')) r = await provider.requests.submit.mutate({ idempotencyKey: key(), requestId: r.id });
  if (upTo('approved')) r = await h.manager.requests.approve.mutate({ idempotencyKey: key(), requestId: r.id });
  if (upTo('reserved')) r = await h.system.requests.reserve.mutate({ idempotencyKey: key(), requestId: r.id });
  if (upTo('shipped'))
    r = await h.system.requests.markShipped.mutate({ idempotencyKey: key(), requestId: r.id, ...shipping });
  if (upTo('received')) {
    r = await provider.requests.recordReceipt.mutate({
      idempotencyKey: key(),
      requestId: r.id,
      lines: r.lines.map((l) => ({ lineId: l.id, quantity: l.quantity })),
    });
  }
  return r;
}

/** Return tags awaiting return: a received warranty request for compressors, all reported used. */
export async function tagsAwaitingReturn(h: PartsHarness, provider: PartsClient, count: number, consumedOn: string) {
  const r = await requestUpTo(h, provider, 'received', {
    lines: [{ partCode: world.parts.compressor, quantity: count }],
  });
  const report = await provider.returns.reportConsumption.mutate({
    idempotencyKey: key(),
    requestId: r.id,
    consumedOn,
    lines: [{ lineId: r.lines[0]!.id, quantity: count }],
  });
  return report.tags;
}

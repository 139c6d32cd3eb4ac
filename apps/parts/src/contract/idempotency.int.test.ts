import { itKeepsTheIdempotencyContract, testTokens, type IdempotentMutation } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PartsDeps } from '../parts-deps.ts';
import { createPartsRouter } from '../router.ts';
import { key, type PartsClient, type PartsHarness } from '../../test/parts-harness.ts';
import { requestUpTo, startSeededParts, tagsAwaitingReturn, world } from '../../test/parts-world.ts';

let h: PartsHarness;
let sp1: PartsClient;
let east: PartsClient;

beforeAll(async () => {
  ({ h, sp1, east } = await startSeededParts(inject('postgresAdminUrl'), {
    now: '2026-11-20T02:00:00Z',
    stock: { [world.parts.compressor]: 500, [world.parts.board]: 500 },
  }));
});

afterAll(async () => {
  await h?.close();
});

const stockLine = [{ partCode: world.parts.board, quantity: 1 }];
const shippedTag = async (consumedOn = '2026-11-18') => {
  const [tag] = await tagsAwaitingReturn(h, sp1, 1, consumedOn);
  const shipment = await sp1.returns.createShipment.mutate({
    idempotencyKey: key(),
    tagIds: [tag!.id],
    carrier: 'EMS',
    trackingNumber: 'EMS1',
  });
  return { tag: tag!, shipment };
};
const confirmedTag = async (outcome: 'received' | 'missing') => {
  const { tag, shipment } = await shippedTag();
  await east.returns.confirmTags.mutate({
    idempotencyKey: key(),
    shipmentId: shipment.id,
    tags: [{ tagId: tag.id, outcome }],
  });
  return tag;
};

/** Every mutation of the router: who calls it, and how to get an input that changes something. */
const mutations: Record<string, IdempotentMutation> = {
  'catalog.importParts': {
    as: 'admin',
    prepare: async () => ({
      csv: 'code,name_zh,name_en,unit_cost_fen,part_class,returnable,superseded_by\nVLV-1,阀,Valve,900,valve,true,\n',
    }),
  },
  'catalog.importBom': {
    as: 'admin',
    prepare: async () => ({ csv: 'model_code,part_code,quantity,main\nKFR-72LW,CMP-101,1,true\n' }),
  },
  'catalog.upsertPart': {
    as: 'admin',
    prepare: async () => ({
      code: 'CAP-1',
      nameZh: '电容',
      nameEn: 'Capacitor',
      unitCostFen: 300,
      partClass: 'electrical',
      returnable: false,
      supersededBy: null,
    }),
  },
  'catalog.setReturnRule': {
    as: 'admin',
    prepare: async () => ({ partClass: 'electrical', rule: 'above_value', minValueFen: 1_000, dueDays: 10 }),
  },
  'warehouses.upsert': {
    as: 'admin',
    prepare: async () => ({ id: 'WH-NORTH', name: '华北仓', kind: 'regional', region: '华北' }),
  },
  'stock.recordMovement': {
    as: 'warehouse',
    prepare: async () => ({
      warehouseId: world.warehouses.east,
      partCode: world.parts.fan,
      kind: 'receipt',
      quantity: 5,
    }),
  },
  'providers.upsert': {
    as: 'admin',
    prepare: async () => ({
      id: 'SP-777',
      name: '服务商 777',
      region: '华南',
      grade: 'B',
      defaultWarehouseId: world.warehouses.central,
      creditLimitFen: 100_000,
    }),
  },
  'requests.create': { as: 'provider', prepare: async () => ({ purpose: 'stock', lines: stockLine }) },
  'requests.submit': {
    as: 'provider',
    prepare: async () => ({
      requestId: (await requestUpTo(h, sp1, 'draft', { purpose: 'stock', lines: stockLine })).id,
    }),
  },
  'requests.approve': {
    as: 'manager',
    prepare: async () => ({ requestId: (await requestUpTo(h, sp1, 'submitted', { lines: stockLine })).id }),
  },
  'requests.reject': {
    as: 'system',
    prepare: async () => ({
      requestId: (await requestUpTo(h, sp1, 'submitted', { lines: stockLine })).id,
      reason: 'not needed',
    }),
  },
  'requests.reserve': {
    as: 'warehouse',
    prepare: async () => ({ requestId: (await requestUpTo(h, sp1, 'approved', { lines: stockLine })).id }),
  },
  'requests.markShipped': {
    as: 'system',
    prepare: async () => ({
      requestId: (await requestUpTo(h, sp1, 'reserved', { lines: stockLine })).id,
      carrier: '顺丰',
      trackingNumber: 'SF42',
    }),
  },
  'requests.recordReceipt': {
    as: 'provider',
    prepare: async () => {
      const r = await requestUpTo(h, sp1, 'shipped', { lines: [{ partCode: world.parts.board, quantity: 2 }] });
      return { requestId: r.id, lines: [{ lineId: r.lines[0]!.id, quantity: 1 }] };
    },
  },
  'requests.close': {
    as: 'provider',
    prepare: async () => ({ requestId: (await requestUpTo(h, sp1, 'received', { lines: stockLine })).id }),
  },
  'requests.cancel': {
    as: 'manager',
    prepare: async () => ({
      requestId: (await requestUpTo(h, sp1, 'reserved', { lines: stockLine })).id,
      reason: 'duplicate',
    }),
  },
  'returns.reportConsumption': {
    as: 'provider',
    prepare: async () => {
      const r = await requestUpTo(h, sp1, 'received', { lines: [{ partCode: world.parts.compressor, quantity: 2 }] });
      return { requestId: r.id, consumedOn: '2026-11-19', lines: [{ lineId: r.lines[0]!.id, quantity: 2 }] };
    },
  },
  'returns.createShipment': {
    as: 'provider',
    prepare: async () => ({
      tagIds: (await tagsAwaitingReturn(h, sp1, 2, '2026-11-18')).map((t) => t.id),
      carrier: 'EMS',
      trackingNumber: 'EMS2',
    }),
  },
  'returns.receiveShipment': {
    as: 'warehouse',
    prepare: async () => ({ shipmentId: (await shippedTag()).shipment.id }),
  },
  'returns.confirmTags': {
    as: 'warehouse',
    prepare: async () => {
      const { tag, shipment } = await shippedTag();
      return { shipmentId: shipment.id, tags: [{ tagId: tag.id, outcome: 'missing', note: 'empty box' }] };
    },
  },
  'returns.recordLateArrival': {
    as: 'warehouse',
    prepare: async () => ({ tagId: (await confirmedTag('missing')).id }),
  },
  'returns.recordInspection': {
    as: 'warehouse',
    prepare: async () => ({ tagId: (await confirmedTag('received')).id, outcome: 'misuse', note: 'burnt' }),
  },
  'returns.declareOverdue': {
    as: 'system',
    prepare: async () => ({ tagId: (await tagsAwaitingReturn(h, sp1, 1, '2026-10-01'))[0]!.id }),
  },
  'chargebacks.acknowledge': {
    as: 'system',
    prepare: async () => {
      await confirmedTag('missing');
      const { events } = await h.system.chargebacks.pending.query({ limit: 500 });
      return { eventIds: events.map((e) => e.eventId) };
    },
  },
};

describe('every mutation is idempotent', () => {
  itKeepsTheIdempotencyContract({
    router: createPartsRouter({} as PartsDeps),
    mutations,
    tenant: { providerId: world.providers.one, warehouseId: world.warehouses.east },
    call: (path, input, token) => h.call(path, input, token),
    snapshot: () => h.snapshot(),
    db: () => h.db,
  });

  it('concurrent replays of one reservation reserve once and all get its answer', async () => {
    const r = await requestUpTo(h, sp1, 'approved', { lines: [{ partCode: world.parts.board, quantity: 3 }] });
    const before = await h.manager.stock.balance.query({
      warehouseId: world.warehouses.east,
      partCode: world.parts.board,
    });
    const idempotencyKey = key('burst');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => h.system.requests.reserve.mutate({ idempotencyKey, requestId: r.id })),
    );
    for (const result of results) expect(result).toEqual(results[0]);
    const after = await h.manager.stock.balance.query({
      warehouseId: world.warehouses.east,
      partCode: world.parts.board,
    });
    expect(after.reserved - before.reserved).toBe(3);
  });

  it("a key is private to its tenant: the same user and key under another provider's token runs anew", async () => {
    const idempotencyKey = key('tenant');
    const input = { idempotencyKey, purpose: 'stock', lines: stockLine };
    const asOne = await testTokens.sign({ sub: 'shared-user', role: 'provider', providerId: world.providers.one });
    const asTwo = await testTokens.sign({ sub: 'shared-user', role: 'provider', providerId: world.providers.two });
    const first = await h.call('requests.create', input, asOne);
    const second = await h.call('requests.create', input, asTwo);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const [a, b] = [first.body.result!.data, second.body.result!.data] as { id: number; providerId: string }[];
    expect(a!.providerId).toBe(world.providers.one);
    expect(b!.providerId).toBe(world.providers.two);
    expect(b!.id).not.toBe(a!.id);
    const replayOne = await h.call('requests.create', input, asOne);
    expect(replayOne.body.result!.data).toEqual(first.body.result!.data);
  });
});

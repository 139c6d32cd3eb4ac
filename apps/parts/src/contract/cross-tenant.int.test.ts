import { testTokens } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, startPartsHarness, type PartsClient, type PartsHarness } from '../../test/parts-harness.ts';
import {
  receiveStock,
  requestUpTo,
  seedWorld,
  snapshotTables,
  tagsAwaitingReturn,
  world,
} from '../../test/parts-world.ts';
import { partsProcedures } from '../../test/procedures.ts';

let h: PartsHarness;
let owner: PartsClient;
let ownerToken: string;
let intruderToken: string;

/** SP-001's records, which SP-002 will try to reach. */
const victim = {} as {
  draft: number;
  submitted: number;
  shipped: number;
  shippedLineId: number;
  received: number;
  receivedLineId: number;
  tagId: number;
  tagNumber: string;
  shipmentId: number;
};

beforeAll(async () => {
  h = await startPartsHarness(inject('postgresAdminUrl'));
  h.setNow(new Date('2026-11-20T02:00:00Z'));
  await seedWorld(h);
  for (const code of [world.parts.compressor, world.parts.board])
    await receiveStock(h, world.warehouses.east, code, 100);
  owner = await h.provider(world.providers.one);
  ownerToken = await testTokens.provider(world.providers.one);
  intruderToken = await testTokens.provider(world.providers.two);
  const lines = [{ partCode: world.parts.board, quantity: 1 }];
  victim.draft = (await requestUpTo(h, owner, 'draft', { lines })).id;
  victim.submitted = (await requestUpTo(h, owner, 'submitted', { lines })).id;
  const shipped = await requestUpTo(h, owner, 'shipped', { lines });
  victim.shipped = shipped.id;
  victim.shippedLineId = shipped.lines[0]!.id;
  const received = await requestUpTo(h, owner, 'received', { lines });
  victim.received = received.id;
  victim.receivedLineId = received.lines[0]!.id;
  const [tag, shippedTag] = await tagsAwaitingReturn(h, owner, 2, '2026-11-18');
  victim.tagId = tag!.id;
  victim.tagNumber = tag!.tagNumber;
  victim.shipmentId = (
    await owner.returns.createShipment.mutate({
      idempotencyKey: key(),
      tagIds: [shippedTag!.id],
      carrier: 'EMS',
      trackingNumber: 'EMS9',
    })
  ).id;
  // The intruder has records of its own, so "empty because it has nothing" cannot pass for isolation.
  await requestUpTo(h, await h.provider(world.providers.two), 'submitted', {
    claimId: world.claims.otherProviders,
    lines,
  });
});

afterAll(async () => {
  await h?.close();
});

type Case =
  | { kind: 'tenant'; input: () => Record<string, unknown>; expect: 'NOT_FOUND' | 'FORBIDDEN' }
  /** Reference data every signed-in user reads: the catalog, the warehouses. */
  | { kind: 'shared'; input: () => Record<string, unknown> };

const denied = (input: () => Record<string, unknown>, code: 'NOT_FOUND' | 'FORBIDDEN' = 'NOT_FOUND'): Case => ({
  kind: 'tenant',
  input,
  expect: code,
});
const shared = (input: () => Record<string, unknown> = () => ({})): Case => ({ kind: 'shared', input });

/** Every procedure a provider may call, and what SP-002 gets when it aims it at SP-001's records. */
const providerProcedures: Record<string, Case> = {
  'catalog.getBom': shared(() => ({ modelCode: world.model })),
  'catalog.getPart': shared(() => ({ code: world.parts.board })),
  'catalog.returnRules': shared(),
  'catalog.searchParts': shared(() => ({ text: 'PCB' })),
  'warehouses.list': shared(),
  'providers.get': denied(() => ({ providerId: world.providers.one })),
  'exposure.get': denied(() => ({ providerId: world.providers.one })),
  'requests.create': denied(() => ({
    idempotencyKey: key(),
    purpose: 'warranty',
    claimId: world.claims.covered,
    lines: [{ partCode: world.parts.board, quantity: 1 }],
  })),
  'requests.submit': denied(() => ({ idempotencyKey: key(), requestId: victim.draft })),
  'requests.recordReceipt': denied(() => ({
    idempotencyKey: key(),
    requestId: victim.shipped,
    lines: [{ lineId: victim.shippedLineId, quantity: 1 }],
  })),
  'requests.close': denied(() => ({ idempotencyKey: key(), requestId: victim.received })),
  'requests.cancel': denied(() => ({ idempotencyKey: key(), requestId: victim.submitted, reason: 'sabotage' })),
  'requests.get': denied(() => ({ requestId: victim.draft })),
  'requests.history': denied(() => ({ requestId: victim.draft })),
  'requests.list': denied(() => ({ providerId: world.providers.one }), 'FORBIDDEN'),
  'returns.reportConsumption': denied(() => ({
    idempotencyKey: key(),
    requestId: victim.received,
    consumedOn: '2026-11-19',
    lines: [{ lineId: victim.receivedLineId, quantity: 1 }],
  })),
  'returns.createShipment': denied(() => ({
    idempotencyKey: key(),
    tagIds: [victim.tagId],
    carrier: 'EMS',
    trackingNumber: 'EMS10',
  })),
  'returns.getTag': denied(() => ({ tagId: victim.tagId })),
  'returns.tagHistory': denied(() => ({ tagId: victim.tagId })),
  'returns.lookupTag': denied(() => ({ tagNumber: victim.tagNumber })),
  'returns.listTags': denied(() => ({ requestId: victim.received })),
  'returns.getShipment': denied(() => ({ shipmentId: victim.shipmentId })),
  'returns.listShipments': denied(() => ({ providerId: world.providers.one }), 'FORBIDDEN'),
};

const method = (path: string) => (partsProcedures().find((p) => p.path === path)!.type === 'query' ? 'GET' : 'POST');

describe('a provider reaches only its own requests, returns and exposure', () => {
  it('the table covers every procedure a provider token may call', async () => {
    const callable: string[] = [];
    for (const { path, type } of partsProcedures()) {
      const res = await h.call(path, {}, intruderToken, type === 'query' ? 'GET' : 'POST');
      const refusedForRole = res.status === 403 && /role provider may not/.test(res.body.error?.message ?? '');
      if (!refusedForRole) callable.push(path);
    }
    expect(callable.sort()).toEqual(Object.keys(providerProcedures).sort());
  });

  it.each(Object.entries(providerProcedures))('%s', async (path, c) => {
    const res = await h.call(path, c.input(), intruderToken, method(path));
    if (c.kind === 'shared') {
      expect(res.status).toBe(200);
      return;
    }
    expect(res.body.error?.data.code, JSON.stringify(res.body)).toBe(c.expect);
    if (method(path) === 'GET') {
      // The same question from the owner succeeds: the intruder was refused for whose record it is.
      const mine = await h.call(path, c.input(), ownerToken, 'GET');
      expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    }
  });

  it('nothing the intruder tried wrote anything', async () => {
    const before = await snapshotTables(h);
    for (const [path, c] of Object.entries(providerProcedures))
      await h.call(path, c.input(), intruderToken, method(path));
    expect(await snapshotTables(h)).toEqual(before);
  });

  it('unfiltered lists hold only the caller’s own records', async () => {
    const intruder = await h.provider(world.providers.two);
    const requests = await intruder.requests.list.query({});
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.providerId === world.providers.two)).toBe(true);
    expect(await intruder.returns.listTags.query({})).toEqual([]);
    expect(await intruder.returns.listShipments.query({})).toEqual([]);
    expect((await owner.returns.listTags.query({})).length).toBeGreaterThan(0);
  });
});

describe('warehouse staff reach only their own warehouse', () => {
  const otherWarehouse: Record<string, [input: () => Record<string, unknown>, code: 'NOT_FOUND' | 'FORBIDDEN']> = {
    'requests.get': [() => ({ requestId: victim.submitted }), 'NOT_FOUND'],
    'requests.reserve': [() => ({ idempotencyKey: key(), requestId: victim.submitted }), 'NOT_FOUND'],
    'requests.markShipped': [
      () => ({ idempotencyKey: key(), requestId: victim.submitted, carrier: 'EMS', trackingNumber: 'E1' }),
      'NOT_FOUND',
    ],
    'requests.list': [() => ({ warehouseId: world.warehouses.east }), 'FORBIDDEN'],
    'returns.getShipment': [() => ({ shipmentId: victim.shipmentId }), 'NOT_FOUND'],
    'returns.receiveShipment': [() => ({ idempotencyKey: key(), shipmentId: victim.shipmentId }), 'NOT_FOUND'],
    'returns.confirmTags': [
      () => ({
        idempotencyKey: key(),
        shipmentId: victim.shipmentId,
        tags: [{ tagId: victim.tagId, outcome: 'received' }],
      }),
      'NOT_FOUND',
    ],
    'returns.recordInspection': [
      () => ({ idempotencyKey: key(), tagId: victim.tagId, outcome: 'defect_confirmed' }),
      'NOT_FOUND',
    ],
    'returns.recordLateArrival': [() => ({ idempotencyKey: key(), tagId: victim.tagId }), 'NOT_FOUND'],
    'returns.getTag': [() => ({ tagId: victim.tagId }), 'NOT_FOUND'],
    'returns.listShipments': [() => ({ warehouseId: world.warehouses.east }), 'FORBIDDEN'],
    'stock.balance': [() => ({ warehouseId: world.warehouses.east, partCode: world.parts.board }), 'FORBIDDEN'],
    'stock.ledger': [() => ({ warehouseId: world.warehouses.east, partCode: world.parts.board }), 'FORBIDDEN'],
    'stock.recordMovement': [
      () => ({
        idempotencyKey: key(),
        warehouseId: world.warehouses.east,
        partCode: world.parts.board,
        kind: 'receipt',
        quantity: 1,
      }),
      'FORBIDDEN',
    ],
  };

  it.each(Object.entries(otherWarehouse))('%s from another warehouse', async (path, [input, code]) => {
    const res = await h.call(path, input(), await testTokens.warehouse(world.warehouses.central), method(path));
    expect(res.body.error?.data.code, JSON.stringify(res.body)).toBe(code);
  });
});

import { roleTokens, testTokens } from '@sanbao/testing';
import { access, describeAuthorizationMatrix } from '@sanbao/testing/authorization';
import { inject } from 'vitest';
import type { PartsDeps } from '../parts-deps.ts';
import { createPartsRouter } from '../router.ts';
import { key } from '../../test/parts-harness.ts';
import { requestUpTo, startSeededParts, tagsAwaitingReturn, world } from '../../test/parts-world.ts';
import { partsAccess } from './access-matrix.ts';

const { otherProvider: p, otherWarehouse: w } = access;

/** SP-001's records at WH-EAST, which SP-002 and WH-CENTRAL staff will aim at. */
const victim = {} as {
  draft: number;
  submitted: number;
  shipped: { id: number; lineId: number };
  received: { id: number; lineId: number };
  tag: { id: number; tagNumber: string };
  shippedTagId: number;
  shipmentId: number;
};
const lines = [{ partCode: world.parts.board, quantity: 1 }];
const ownProvider = { providerId: world.providers.one };
const ownWarehouse = { warehouseId: world.warehouses.east };
const boardAtEast = { ...ownWarehouse, partCode: world.parts.board };

describeAuthorizationMatrix({
  service: 'parts',
  router: createPartsRouter({} as PartsDeps),
  matrix: partsAccess,
  async start() {
    const {
      h,
      sp1: owner,
      sp2,
    } = await startSeededParts(inject('postgresAdminUrl'), {
      now: '2026-11-20T02:00:00Z',
      stock: { [world.parts.compressor]: 100, [world.parts.board]: 100 },
    });
    victim.draft = (await requestUpTo(h, owner, 'draft', { lines })).id;
    victim.submitted = (await requestUpTo(h, owner, 'submitted', { lines })).id;
    const shipped = await requestUpTo(h, owner, 'shipped', { lines });
    victim.shipped = { id: shipped.id, lineId: shipped.lines[0]!.id };
    const received = await requestUpTo(h, owner, 'received', { lines });
    victim.received = { id: received.id, lineId: received.lines[0]!.id };
    const [tag, shippedTag] = await tagsAwaitingReturn(h, owner, 2, '2026-11-18');
    victim.tag = tag!;
    victim.shippedTagId = shippedTag!.id;
    const shipment = await owner.returns.createShipment.mutate({
      idempotencyKey: key(),
      tagIds: [shippedTag!.id],
      carrier: 'EMS',
      trackingNumber: 'EMS9',
    });
    victim.shipmentId = shipment.id;
    // The intruder has records of its own, so "empty because it has nothing" cannot pass for isolation.
    await requestUpTo(h, sp2, 'submitted', { claimId: world.claims.otherProviders, lines });
    return {
      url: h.url,
      tokens: await roleTokens({ ...ownProvider, ...ownWarehouse }),
      otherTenant: {
        provider: await testTokens.provider(world.providers.two),
        warehouse: await testTokens.warehouse(world.warehouses.central),
      },
      snapshot: h.snapshot,
      stop: () => h.close(),
    };
  },
  tenantCases: {
    'catalog.getBom': [p(() => ({ modelCode: world.model }), 'OK')],
    'catalog.getPart': [p(() => ({ code: world.parts.board }), 'OK')],
    'catalog.returnRules': [p(() => ({}), 'OK')],
    'catalog.searchParts': [p(() => ({ text: 'PCB' }), 'OK')],
    'warehouses.list': [p(() => ({}), 'OK'), w(() => ({}), 'OK')],
    'exposure.get': [p(() => ownProvider)],
    'providers.get': [p(() => ownProvider)],
    'requests.cancel': [p(() => ({ idempotencyKey: key(), requestId: victim.submitted, reason: 'sabotage' }))],
    'requests.close': [p(() => ({ idempotencyKey: key(), requestId: victim.received.id }))],
    'requests.create': [
      p(() => ({ idempotencyKey: key(), purpose: 'warranty', claimId: world.claims.covered, lines })),
    ],
    'requests.submit': [p(() => ({ idempotencyKey: key(), requestId: victim.draft }))],
    'requests.recordReceipt': [
      p(() => ({
        idempotencyKey: key(),
        requestId: victim.shipped.id,
        lines: [{ lineId: victim.shipped.lineId, quantity: 1 }],
      })),
    ],
    'requests.get': [p(() => ({ requestId: victim.draft })), w(() => ({ requestId: victim.submitted }))],
    'requests.history': [p(() => ({ requestId: victim.draft }))],
    'requests.list': [
      p(() => ownProvider, 'FORBIDDEN'),
      w(() => ownWarehouse, 'FORBIDDEN'),
      p(() => ({}), 'OWN_ONLY'),
      w(() => ({}), 'OWN_ONLY'),
    ],
    'requests.reserve': [w(() => ({ idempotencyKey: key(), requestId: victim.submitted }))],
    'requests.markShipped': [
      w(() => ({ idempotencyKey: key(), requestId: victim.submitted, carrier: 'EMS', trackingNumber: 'E1' })),
    ],
    'returns.reportConsumption': [
      p(() => ({
        idempotencyKey: key(),
        requestId: victim.received.id,
        consumedOn: '2026-11-19',
        lines: [{ lineId: victim.received.lineId, quantity: 1 }],
      })),
    ],
    'returns.createShipment': [
      p(() => ({ idempotencyKey: key(), tagIds: [victim.tag.id], carrier: 'EMS', trackingNumber: 'EMS10' })),
    ],
    'returns.getShipment': [p(() => ({ shipmentId: victim.shipmentId })), w(() => ({ shipmentId: victim.shipmentId }))],
    'returns.getTag': [p(() => ({ tagId: victim.tag.id })), w(() => ({ tagId: victim.tag.id }))],
    'returns.listShipments': [
      p(() => ownProvider, 'FORBIDDEN'),
      w(() => ownWarehouse, 'FORBIDDEN'),
      p(() => ({}), 'OWN_ONLY'),
      w(() => ({}), 'OWN_ONLY'),
    ],
    'returns.listTags': [
      p(() => ({ requestId: victim.received.id })),
      p(() => ({}), 'OWN_ONLY'),
      w(() => ({}), 'OWN_ONLY'),
    ],
    'returns.lookupTag': [p(() => ({ tagNumber: victim.tag.tagNumber }))],
    'returns.tagHistory': [p(() => ({ tagId: victim.tag.id }))],
    'returns.receiveShipment': [w(() => ({ idempotencyKey: key(), shipmentId: victim.shipmentId }))],
    'returns.confirmTags': [
      w(() => ({
        idempotencyKey: key(),
        shipmentId: victim.shipmentId,
        tags: [{ tagId: victim.shippedTagId, outcome: 'received' }],
      })),
    ],
    'returns.recordInspection': [
      w(() => ({ idempotencyKey: key(), tagId: victim.tag.id, outcome: 'defect_confirmed' })),
    ],
    'returns.recordLateArrival': [w(() => ({ idempotencyKey: key(), tagId: victim.tag.id }))],
    'stock.balance': [w(() => boardAtEast, 'FORBIDDEN')],
    'stock.ledger': [w(() => boardAtEast, 'FORBIDDEN')],
    'stock.recordMovement': [
      w(() => ({ idempotencyKey: key(), ...boardAtEast, kind: 'receipt', quantity: 1 }), 'FORBIDDEN'),
    ],
  },
});

import { roleTokens, testTokens } from '@sanbao/testing';
import { describeAuthorizationMatrix, type TenantCase } from '@sanbao/testing/authorization';
import { inject } from 'vitest';
import type { PartsDeps } from '../parts-deps.ts';
import { createPartsRouter } from '../router.ts';
import { key, startPartsHarness } from '../../test/parts-harness.ts';
import { receiveStock, requestUpTo, seedWorld, tagsAwaitingReturn, world } from '../../test/parts-world.ts';
import { partsAccess } from './access-matrix.ts';

describeAuthorizationMatrix({
  service: 'parts',
  router: createPartsRouter({} as PartsDeps),
  matrix: partsAccess,
  async start() {
    const h = await startPartsHarness(inject('postgresAdminUrl'));
    h.setNow(new Date('2026-11-20T02:00:00Z'));
    await seedWorld(h);
    for (const code of [world.parts.compressor, world.parts.board])
      await receiveStock(h, world.warehouses.east, code, 100);
    // SP-001's records at WH-EAST, which SP-002 and WH-CENTRAL staff will aim at.
    const owner = await h.provider(world.providers.one);
    const lines = [{ partCode: world.parts.board, quantity: 1 }];
    const draft = await requestUpTo(h, owner, 'draft', { lines });
    const submitted = await requestUpTo(h, owner, 'submitted', { lines });
    const shipped = await requestUpTo(h, owner, 'shipped', { lines });
    const received = await requestUpTo(h, owner, 'received', { lines });
    const [tag, shippedTag] = await tagsAwaitingReturn(h, owner, 2, '2026-11-18');
    const shipment = await owner.returns.createShipment.mutate({
      idempotencyKey: key(),
      tagIds: [shippedTag!.id],
      carrier: 'EMS',
      trackingNumber: 'EMS9',
    });
    await requestUpTo(h, await h.provider(world.providers.two), 'submitted', {
      claimId: world.claims.otherProviders,
      lines,
    });

    const tokens = await roleTokens({ providerId: world.providers.one, warehouseId: world.warehouses.east });
    const p = (input: () => unknown, otherGets: TenantCase['otherGets'] = 'NOT_FOUND'): TenantCase => ({
      role: 'provider',
      input,
      otherGets,
    });
    const w = (input: () => unknown, otherGets: TenantCase['otherGets'] = 'NOT_FOUND'): TenantCase => ({
      role: 'warehouse',
      input,
      otherGets,
    });
    return {
      url: h.url,
      tokens,
      otherTenant: {
        provider: await testTokens.provider(world.providers.two),
        warehouse: await testTokens.warehouse(world.warehouses.central),
      },
      tenantCases: {
        'exposure.get': [p(() => ({ providerId: world.providers.one }))],
        'providers.get': [p(() => ({ providerId: world.providers.one }))],
        'requests.cancel': [p(() => ({ idempotencyKey: key(), requestId: submitted.id, reason: 'sabotage' }))],
        'requests.close': [p(() => ({ idempotencyKey: key(), requestId: received.id }))],
        'requests.create': [
          p(() => ({ idempotencyKey: key(), purpose: 'warranty', claimId: world.claims.covered, lines })),
        ],
        'requests.submit': [p(() => ({ idempotencyKey: key(), requestId: draft.id }))],
        'requests.recordReceipt': [
          p(() => ({
            idempotencyKey: key(),
            requestId: shipped.id,
            lines: [{ lineId: shipped.lines[0]!.id, quantity: 1 }],
          })),
        ],
        'requests.get': [p(() => ({ requestId: draft.id })), w(() => ({ requestId: submitted.id }))],
        'requests.history': [p(() => ({ requestId: draft.id }))],
        'requests.list': [
          p(() => ({ providerId: world.providers.one }), 'FORBIDDEN'),
          w(() => ({ warehouseId: world.warehouses.east }), 'FORBIDDEN'),
        ],
        'requests.reserve': [w(() => ({ idempotencyKey: key(), requestId: submitted.id }))],
        'requests.markShipped': [
          w(() => ({ idempotencyKey: key(), requestId: submitted.id, carrier: 'EMS', trackingNumber: 'E1' })),
        ],
        'returns.reportConsumption': [
          p(() => ({
            idempotencyKey: key(),
            requestId: received.id,
            consumedOn: '2026-11-19',
            lines: [{ lineId: received.lines[0]!.id, quantity: 1 }],
          })),
        ],
        'returns.createShipment': [
          p(() => ({ idempotencyKey: key(), tagIds: [tag!.id], carrier: 'EMS', trackingNumber: 'EMS10' })),
        ],
        'returns.getShipment': [p(() => ({ shipmentId: shipment.id })), w(() => ({ shipmentId: shipment.id }))],
        'returns.getTag': [p(() => ({ tagId: tag!.id })), w(() => ({ tagId: tag!.id }))],
        'returns.listShipments': [
          p(() => ({ providerId: world.providers.one }), 'FORBIDDEN'),
          w(() => ({ warehouseId: world.warehouses.east }), 'FORBIDDEN'),
        ],
        'returns.listTags': [p(() => ({ requestId: received.id }))],
        'returns.lookupTag': [p(() => ({ tagNumber: tag!.tagNumber }))],
        'returns.tagHistory': [p(() => ({ tagId: tag!.id }))],
        'returns.receiveShipment': [w(() => ({ idempotencyKey: key(), shipmentId: shipment.id }))],
        'returns.confirmTags': [
          w(() => ({
            idempotencyKey: key(),
            shipmentId: shipment.id,
            tags: [{ tagId: shippedTag!.id, outcome: 'received' }],
          })),
        ],
        'returns.recordInspection': [w(() => ({ idempotencyKey: key(), tagId: tag!.id, outcome: 'defect_confirmed' }))],
        'returns.recordLateArrival': [w(() => ({ idempotencyKey: key(), tagId: tag!.id }))],
        'stock.balance': [w(() => ({ warehouseId: world.warehouses.east, partCode: world.parts.board }), 'FORBIDDEN')],
        'stock.ledger': [w(() => ({ warehouseId: world.warehouses.east, partCode: world.parts.board }), 'FORBIDDEN')],
        'stock.recordMovement': [
          w(
            () => ({
              idempotencyKey: key(),
              warehouseId: world.warehouses.east,
              partCode: world.parts.board,
              kind: 'receipt',
              quantity: 1,
            }),
            'FORBIDDEN',
          ),
        ],
      },
      stop: () => h.close(),
    };
  },
});

import { testTokens } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, startPartsHarness, type PartsClient, type PartsHarness } from '../../test/parts-harness.ts';
import { receiveStock, requestUpTo, seedWorld, tagsAwaitingReturn, world } from '../../test/parts-world.ts';

let h: PartsHarness;
let sp1: PartsClient;

beforeAll(async () => {
  h = await startPartsHarness(inject('postgresAdminUrl'));
  h.setNow(new Date('2026-11-20T02:00:00Z'));
  await seedWorld(h);
  sp1 = await h.provider(world.providers.one);
  await receiveStock(h, world.warehouses.east, world.parts.compressor, 50);
  await receiveStock(h, world.warehouses.east, world.parts.board, 50);
});
afterAll(async () => {
  await h?.close();
});

describe('supervision.exceptions: what the exceptions supervision asks the parts service', () => {
  it('a request sitting in one state too long, and an old part past due without a chargeback — each once, with a stable key', async () => {
    const stuck = await requestUpTo(h, sp1, 'submitted', {
      purpose: 'stock',
      lines: [{ partCode: world.parts.board, quantity: 1 }],
    });
    const [overdueTag] = await tagsAwaitingReturn(h, sp1, 1, '2026-10-01');
    const [notYetDue] = await tagsAwaitingReturn(h, sp1, 1, '2026-11-19');

    // An hour later nothing has sat a day; a day later the submitted request has.
    h.setNow(new Date(Date.now() + 3_600_000));
    const early = await h.system.supervision.exceptions.query({ requestStuckSeconds: 86_400 });
    expect(early.map((i) => i.itemKey)).toEqual([`return-tag:${overdueTag!.id}:overdue`]);
    h.setNow(new Date(Date.now() + 2 * 86_400_000));
    const later = await h.system.supervision.exceptions.query({ requestStuckSeconds: 86_400 });
    expect(later.map((i) => i.itemKey)).toContain(`parts-request:${stuck.id}:submitted`);
    expect(later.map((i) => i.itemKey)).toContain(`return-tag:${overdueTag!.id}:overdue`);
    expect(later.map((i) => i.itemKey)).not.toContain(`return-tag:${notYetDue!.id}:overdue`);
    expect(later.find((i) => i.itemKey === `return-tag:${overdueTag!.id}:overdue`)).toMatchObject({
      kind: 'return_overdue_no_chargeback',
      providerId: world.providers.one,
      reference: overdueTag!.tagNumber,
    });

    // Charged back (declared overdue): the tag is no longer an exception.
    await h.system.returns.declareOverdue.mutate({ idempotencyKey: key(), tagId: overdueTag!.id });
    const after = await h.system.supervision.exceptions.query({ requestStuckSeconds: 86_400 });
    expect(after.map((i) => i.itemKey)).not.toContain(`return-tag:${overdueTag!.id}:overdue`);
    h.setNow(new Date('2026-11-20T02:00:00Z'));
  });

  it('is internal: a provider or a manager is refused', async () => {
    for (const token of [await testTokens.provider('SP-001'), await testTokens.role('manager')]) {
      const res = await h.call('supervision.exceptions', { requestStuckSeconds: 3600 }, token, 'GET');
      expect(res.status).toBe(403);
    }
  });
});

import { testTokens } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, roleClients, startWarranty, type WarrantyHarness } from '../../test/warranty-harness.ts';
import {
  catalogueModel,
  openQualityClaim,
  recordRepair,
  recordTwoFailedRepairs,
  sellUnit,
} from './claim-fixtures.test-support.ts';

let w: WarrantyHarness;
let admin: ReturnType<WarrantyHarness['client']>;
let provider: ReturnType<WarrantyHarness['client']>;
let otherProvider: ReturnType<WarrantyHarness['client']>;
let manager: ReturnType<WarrantyHarness['client']>;

beforeAll(async () => {
  w = await startWarranty(inject('postgresAdminUrl'));
  ({ admin, manager, provider } = await roleClients(w));
  otherProvider = w.client(await testTokens.provider('SP-002'));
  await catalogueModel(admin);
});
afterAll(() => w?.stop());

describe('a claim through the API on a real database (scenario 5)', () => {
  it('register a sale, two failed repairs, open a claim → replacement, and a refund with depreciation', async () => {
    await sellUnit(admin, 'TV55X-0001');
    await recordTwoFailedRepairs(manager, 'TV55X-0001');

    const claim = await openQualityClaim(provider, 'TV55X-0001', '2024-06-09T10:00:00+08:00', {
      performanceFault: true,
    });
    expect(claim.claimNo).toMatch(/^WC-\d{6}-\d{6}$/);
    expect(claim.state).toBe('adjudicated');
    expect(claim.providerId).toBe('SP-001');
    const decision = claim.adjudication!.decision;
    expect(decision.remedies.find((r) => r.kind === 'replace')).toMatchObject({ rule: 'B5', free: true });
    expect(decision.remedies.find((r) => r.kind === 'refund')).toMatchObject({
      rule: 'B7',
      refundFen: 273_000,
      depreciationFen: 27_000,
      free: false,
    });
    expect(decision.coverage.extensionDays).toBe(10);
    expect(claim.events.map((e) => e.to)).toEqual(['opened', 'adjudicated']);

    // A later change to the colour-TV policy (a higher daily rate) does not touch the stored decision.
    const policies = await admin.policies.list.query({ categoryCode: 'colour_tv' });
    await admin.policies.publish.mutate({
      idempotencyKey: key(),
      categoryCode: 'colour_tv',
      effectiveFrom: '2020-01-01',
      nameZh: policies[0]!.nameZh,
      nameEn: policies[0]!.nameEn,
      terms: { ...policies[0]!.terms, dailyDepreciationBp: 20 },
      needsLegalReview: false,
    });
    const reread = await provider.claims.get.query({ claimId: claim.id });
    expect(reread.adjudication).toEqual(claim.adjudication);

    const again = await provider.claims.readjudicate.query({ claimId: claim.id });
    expect(again.reproduced).toBe(true);
    expect(again.recomputed).toEqual(decision);

    // A fresh check now uses the new policy version: twice the daily rate.
    const fresh = await provider.eligibility.check.query({
      serial: 'TV55X-0001',
      claim: { type: 'quality', raisedAt: '2024-06-09T10:00:00+08:00' },
    });
    expect(fresh.policy.version).toBe(2);
    expect(fresh.decision.remedies.find((r) => r.kind === 'refund')?.refundFen).toBe(246_000);

    // The customer chooses the replacement; the claim moves on, each step audited.
    const chosen = await provider.claims.chooseRemedy.mutate({
      idempotencyKey: key(),
      claimId: claim.id,
      remedy: 'replace',
    });
    expect(chosen).toMatchObject({ state: 'remedy_chosen', chosenRemedy: 'replace', chosenRule: 'B5' });
    await manager.claims.requestApproval.mutate({ idempotencyKey: key(), claimId: claim.id });
    await manager.claims.approve.mutate({ idempotencyKey: key(), claimId: claim.id, reason: 'two failed repairs' });
    const done = await provider.claims.complete.mutate({ idempotencyKey: key(), claimId: claim.id });
    expect(done.state).toBe('completed');
    expect(done.events.map((e) => e.to)).toEqual([
      'opened',
      'adjudicated',
      'remedy_chosen',
      'awaiting_approval',
      'in_progress',
      'completed',
    ]);
    await expect(provider.claims.cancel.mutate({ idempotencyKey: key(), claimId: claim.id })).rejects.toMatchObject({
      data: { code: 'CONFLICT' },
    });
  });

  it('the stored snapshot and the audit trail are immutable in the database itself', async () => {
    await expect(w.db.updateTable('claimAdjudications').set({ engineVersion: 'tampered' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(w.db.updateTable('auditTrail').set({ actor: 'someone-else' }).execute()).rejects.toThrow(
      /audit_trail is append-only/,
    );
    await expect(w.db.deleteFrom('auditTrail').execute()).rejects.toThrow(/audit_trail is append-only/);
  });

  it('a provider never sees another provider’s claims', async () => {
    const { items } = await provider.claims.list.query({ limit: 50 });
    const id = items[0]!.id;
    await expect(otherProvider.claims.get.query({ claimId: id })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    await expect(otherProvider.claims.readjudicate.query({ claimId: id })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    await expect(otherProvider.claims.cancel.mutate({ idempotencyKey: key(), claimId: id })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    expect((await otherProvider.claims.list.query({ limit: 50 })).items).toEqual([]);
    expect((await manager.claims.list.query({ limit: 50 })).items.map((c) => c.id)).toContain(id);
  });

  it('the parts service learns whether free parts may be issued against a claim', async () => {
    await sellUnit(admin, 'TV55X-0002');
    const claim = await openQualityClaim(provider, 'TV55X-0002', '2024-09-01T10:00:00+08:00');
    const system = w.client(await testTokens.role('system'));
    expect(await system.claims.coverage.query({ claimId: claim.id })).toMatchObject({
      covered: true,
      providerId: 'SP-001',
      modelCode: 'TV-55X',
    });
    await expect(provider.claims.coverage.query({ claimId: claim.id })).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
  });
});

describe('bad input is a BAD_REQUEST naming the field, and nothing is written', () => {
  const count = async (table: 'soldUnits' | 'claims' | 'repairs') =>
    Number(
      (
        await w.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it.each([
    ['unknown model', { modelCode: 'NOPE-1' }, 'modelCode'],
    ['delivered before invoiced', { deliveredAt: '2024-02-28T12:00:00+08:00' }, 'deliveredAt'],
    ['delivered before invoiced only in CST', { deliveredAt: '2024-02-29T23:30:00+08:00' }, 'deliveredAt'],
    ['installed before invoiced', { installedOn: '2024-02-01' }, 'installedOn'],
    ['negative price', { priceFen: -1 }, 'priceFen'],
    ['price in yuan with decimals', { priceFen: 2999.5 }, 'priceFen'],
    ['paid more than the price', { paidFen: 300_001 }, 'paidFen'],
    ['not a date', { invoiceDate: '2024-02-30' }, 'invoiceDate'],
    ['a year Postgres cannot store', { invoiceDate: '0000-01-01' }, 'invoiceDate'],
    ['a serial starting with a dash', { serial: '-TV55X' }, 'serial'],
  ])('sale: %s', async (_label, change, field) => {
    const before = await count('soldUnits');
    const attempt = sellUnit(admin, `BAD-${field}-${Math.random().toString(36).slice(2, 8)}`, change);
    await expect(attempt).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', fieldErrors: [expect.objectContaining({ path: field })] },
    });
    expect(await count('soldUnits')).toBe(before);
  });

  it('claim for an unknown serial, and a claim raised before the sale', async () => {
    const before = await count('claims');
    await expect(
      provider.claims.open.mutate({ idempotencyKey: key(), serial: 'NO-SUCH-UNIT', claim: { type: 'quality' } }),
    ).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', fieldErrors: [expect.objectContaining({ path: 'serial' })] },
    });
    await expect(openQualityClaim(provider, 'TV55X-0001', '2024-02-29T15:30:00Z')).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', fieldErrors: [expect.objectContaining({ path: 'claim.raisedAt' })] },
    });
    expect(await count('claims')).toBe(before);
  });

  it('repair completed before it was sent, and a remedy the decision does not offer', async () => {
    const before = await count('repairs');
    await expect(
      recordRepair(provider, 'TV55X-0001', { sentOn: '2024-04-10', completedOn: '2024-04-01', fixed: true }),
    ).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', fieldErrors: [expect.objectContaining({ path: 'completedOn' })] },
    });
    expect(await count('repairs')).toBe(before);
    const claim = await openQualityClaim(provider, 'TV55X-0002', '2024-09-02T10:00:00+08:00');
    await expect(
      provider.claims.chooseRemedy.mutate({ idempotencyKey: key(), claimId: claim.id, remedy: 'courtesy_car' }),
    ).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', fieldErrors: [expect.objectContaining({ path: 'remedy' })] },
    });
    expect((await provider.claims.get.query({ claimId: claim.id })).state).toBe('adjudicated');
  });
});

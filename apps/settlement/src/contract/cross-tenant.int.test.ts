import { testTokens } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, settlementProcedures, startSettlement, type SettlementHarness } from '../../test/settlement-harness.ts';
import { statementUpTo } from '../../test/settlement-world.ts';
import { demoRateCard } from '../rate-cards/demo-rate-card.ts';

let h: SettlementHarness;
let ownerToken: string;
let intruderToken: string;

/** SP-001's records, which SP-002 will try to reach. */
const victim = {} as { lineId: number; statementId: number; statementLineId: number };

const completion = (claimId: string, providerId: string) => ({
  idempotencyKey: key(),
  claimId,
  providerId,
  completedOn: '2026-11-18',
  serviceType: 'C' as const,
  operationCode: 'R-DIAG',
  category: 'TV',
  grade: 'A',
  region: 'east',
  oneWayMeters: 5_000,
  partsCostFen: 0,
});

beforeAll(async () => {
  h = await startSettlement(inject('postgresAdminUrl'));
  h.setNow(new Date('2026-11-01T02:00:00Z'));
  await h.admin.rateCards.publish.mutate({ idempotencyKey: key(), effectiveFrom: '2026-11-01', card: demoRateCard });
  h.setNow(new Date('2026-11-20T02:00:00Z'));
  ownerToken = await testTokens.provider('SP-001');
  intruderToken = await testTokens.provider('SP-002');
  victim.lineId = (await h.system.lines.postForClaim.mutate(completion('WC-VICTIM', 'SP-001'))).lineId;
  // The intruder has records of its own, so "empty because it has nothing" cannot pass for isolation.
  await h.system.lines.postForClaim.mutate(completion('WC-INTRUDER', 'SP-002'));
  const issued = await statementUpTo(h, await h.provider('SP-001'), 'SP-001', 'issued');
  victim.statementId = issued.statementId;
  victim.statementLineId = issued.lineId;
  await statementUpTo(h, await h.provider('SP-002'), 'SP-002', 'issued');
});

afterAll(async () => {
  await h?.close();
});

type Case =
  | { kind: 'tenant'; input: () => Record<string, unknown>; expect: 'NOT_FOUND' | 'FORBIDDEN' }
  | { kind: 'shared'; input: () => Record<string, unknown> };

const denied = (input: () => Record<string, unknown>, code: 'NOT_FOUND' | 'FORBIDDEN' = 'NOT_FOUND'): Case => ({
  kind: 'tenant',
  input,
  expect: code,
});
const shared = (input: () => Record<string, unknown> = () => ({})): Case => ({ kind: 'shared', input });

/** Every procedure a provider may call, and what SP-002 gets when it aims it at SP-001's records. */
const providerProcedures: Record<string, Case> = {
  'rateCards.get': shared(() => ({ inForceOn: '2026-11-18' })),
  'rateCards.list': shared(),
  'lines.explain': denied(() => ({ lineId: victim.lineId })),
  'lines.list': denied(() => ({ providerId: 'SP-001' }), 'FORBIDDEN'),
  'quota.get': denied(() => ({ providerId: 'SP-001', period: '2026-11' }), 'FORBIDDEN'),
  'deductions.list': denied(() => ({ providerId: 'SP-001' }), 'FORBIDDEN'),
  'statements.get': denied(() => ({ statementId: victim.statementId })),
  'statements.list': denied(() => ({ providerId: 'SP-001' }), 'FORBIDDEN'),
  'statements.confirm': denied(() => ({ idempotencyKey: key(), statementId: victim.statementId })),
  'statements.dispute': denied(() => ({
    idempotencyKey: key(),
    statementId: victim.statementId,
    lines: [{ lineId: victim.statementLineId, reason: 'sabotage', claimedFen: 1 }],
  })),
};

const method = (path: string) =>
  settlementProcedures().find((p) => p.path === path)!.type === 'query' ? 'GET' : 'POST';

describe('a provider reaches only its own lines and statements', () => {
  it('the table covers every procedure a provider token may call', async () => {
    const callable: string[] = [];
    for (const { path, type } of settlementProcedures()) {
      const res = await h.call(path, {}, intruderToken, type === 'query' ? 'GET' : 'POST');
      const refusedForRole = res.status === 403 && /role provider may not/.test(res.body.error?.message ?? '');
      if (!refusedForRole) callable.push(path);
    }
    expect(callable.sort()).toEqual(Object.keys(providerProcedures).sort());
  });

  it.each(Object.entries(providerProcedures))('%s', async (path, c) => {
    const res = await h.call(path, c.input(), intruderToken, method(path));
    if (c.kind === 'shared') {
      expect(res.status, JSON.stringify(res.body)).toBe(200);
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
    const before = await h.snapshot();
    for (const [path, c] of Object.entries(providerProcedures))
      await h.call(path, c.input(), intruderToken, method(path));
    expect(await h.snapshot()).toEqual(before);
  });

  it('unfiltered lists hold only the caller’s own records', async () => {
    const intruder = await h.provider('SP-002');
    const { lines } = await intruder.lines.list.query({});
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.providerId === 'SP-002')).toBe(true);
    const { statements } = await intruder.statements.list.query({});
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s.providerId === 'SP-002')).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testTokens } from '@sanbao/testing';
import { key, startSettlement, type SettlementHarness } from '../../test/settlement-harness.ts';
import { balancesOf } from '../ledger/accounts.ts';
import { providerBooks } from '../ledger/provider-books.ts';
import { demoRateCard } from '../rate-cards/demo-rate-card.ts';
import { rateCardVersionsByIds } from '../rate-cards/rate-cards.repository.ts';
import { explainLine } from './explain-line.ts';
import { linesAfter } from './lines.repository.ts';

let h: SettlementHarness;

beforeAll(async () => {
  h = await startSettlement(inject('postgresAdminUrl'));
  h.setNow(new Date('2026-01-01T02:00:00Z'));
  await h.finance.rateCards.publish.mutate({ idempotencyKey: key(), effectiveFrom: '2026-01-01', card: demoRateCard });
  h.setNow(new Date('2026-10-20T02:00:00Z'));
  const raised = {
    ...demoRateCard,
    laborRates: demoRateCard.laborRates.map((r) => ({ ...r, fenPerHour: r.fenPerHour + 600 })),
    partsHandlingBp: 750,
  };
  await h.admin.rateCards.publish.mutate({ idempotencyKey: key(), effectiveFrom: '2026-11-01', card: raised });
  h.setNow(new Date('2026-11-25T02:00:00Z'));
});

afterAll(async () => {
  await h?.close();
});

const claim = (n: number, change: Record<string, unknown> = {}) => ({
  idempotencyKey: key('line'),
  claimId: `WC-${n}`,
  providerId: n % 2 ? 'SP-001' : 'SP-002',
  completedOn: n % 3 ? '2026-11-20' : '2026-10-15',
  serviceType: (['A', 'B', 'C', 'D'] as const)[n % 4]!,
  operationCode: n % 5 ? 'R-PCB-REPLACE' : 'R-DIAG',
  category: 'TV',
  grade: n % 7 ? 'A' : 'C',
  region: 'east',
  oneWayMeters: (n * 7919) % 140_000,
  partsCostFen: (n * 104_729) % 300_000,
  ...change,
});

describe('settlement lines through the API', () => {
  it('refuses a rate card that would take effect in the past, naming the field', async () => {
    const res = await h.call(
      'rateCards.publish',
      { idempotencyKey: key(), effectiveFrom: '2026-11-24', card: demoRateCard },
      await testTokens.role('finance'),
    );
    expect(res.body.error?.data.code).toBe('BAD_REQUEST');
    expect(res.body.error?.data.fieldErrors?.map((f) => f.path)).toEqual(['effectiveFrom']);
  });

  it('posts 60 claims; every posted line replays against its own rate-card version to the fen, and the ledger holds their sum', async () => {
    for (let n = 1; n <= 60; n++) await h.system.lines.postForClaim.mutate(claim(n));
    const lines = await linesAfter(h.db, 0, 1000);
    expect(lines).toHaveLength(60);
    const versions = await rateCardVersionsByIds(h.db, [...new Set(lines.map((l) => l.rateCardVersionId))]);
    expect(versions.size).toBe(2);
    for (const line of lines) {
      const version = versions.get(line.rateCardVersionId)!;
      expect(version.effectiveFrom <= line.businessDate).toBe(true);
      expect(explainLine(line, version).reproduces, `line ${line.id}`).toBe(true);
      const explained = await h.finance.lines.explain.query({ lineId: line.id });
      expect([explained.reproduces, explained.recomputedFen]).toEqual([true, line.amountFen]);
    }
    for (const providerId of ['SP-001', 'SP-002']) {
      const books = await providerBooks(h.db, providerId);
      const [payable] = await balancesOf(h.db, [books.payable]);
      expect(payable!.posted).toBe(
        lines.filter((l) => l.providerId === providerId).reduce((s, l) => s + l.amountFen, 0),
      );
    }
    // Service type A is paid by the customer: a line of 0 fen, no transfer.
    expect(lines.filter((l) => l.serviceType === 'A').every((l) => l.amountFen === 0 && l.transferId === null)).toBe(
      true,
    );
  });

  it('explains a line with its formula, to the fen', async () => {
    const line = await h.system.lines.postForClaim.mutate(
      claim(1000, {
        providerId: 'SP-001',
        completedOn: '2026-11-20',
        serviceType: 'C',
        operationCode: 'R-PCB-REPLACE',
        grade: 'A',
        oneWayMeters: 30_000,
        partsCostFen: 45_678,
      }),
    );
    const explained = await (await h.provider('SP-001')).lines.explain.query({ lineId: line.lineId });
    // labor 6600 × 90 ÷ 60 = 9900; travel 15 km × 150 = 2250; handling 45678 × 750 ÷ 10000 = 3425.85 → 3426; fixed 3000.
    expect(explained.components.map((c) => c.amountFen)).toEqual([9900, 2250, 3426, 3000]);
    expect(explained.recomputedFen).toBe(18_576);
    expect(line.amountFen).toBe(18_576);
    expect(explained.formula[0]).toBe(
      'labor: 6600 fen/h (grade A, region east) × 90 min (operation R-PCB-REPLACE, TV) ÷ 60 = 9900 fen',
    );
  });

  it('is idempotent per claim: another key returns the same line; other work for the claim is a CONFLICT', async () => {
    const first = await h.system.lines.postForClaim.mutate(claim(2000));
    const before = await h.snapshot();
    const again = await h.system.lines.postForClaim.mutate(claim(2000));
    expect(again).toEqual({ ...first, alreadyPosted: true });
    expect(await h.snapshot()).toEqual(before);
    await expect(h.system.lines.postForClaim.mutate(claim(2000, { oneWayMeters: 99_000 }))).rejects.toMatchObject({
      data: { code: 'CONFLICT' },
    });
    expect(await h.snapshot()).toEqual(before);
  });

  it('20 concurrent postings of one claim under different keys make one line and one transfer', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => h.system.lines.postForClaim.mutate(claim(3001))),
    );
    expect(new Set(results.map((r) => r.lineId)).size).toBe(1);
    expect(results.filter((r) => !r.alreadyPosted)).toHaveLength(1);
    const transfers = await h.db
      .selectFrom('ledgerTransfers')
      .select('id')
      .where('reference', '=', 'claim:WC-3001')
      .execute();
    expect(transfers).toHaveLength(1);
  });

  it('refuses work the rate card cannot price, naming the field, and writes nothing', async () => {
    const before = await h.snapshot();
    const noRate = await h.call('lines.postForClaim', claim(4001, { grade: 'Z' }), await testTokens.role('system'));
    expect(noRate.body.error?.data.fieldErrors?.map((f) => f.path)).toEqual(['grade']);
    const noCard = await h.call(
      'lines.postForClaim',
      claim(4003, { completedOn: '2025-06-01' }),
      await testTokens.role('system'),
    );
    expect(noCard.body.error?.data.fieldErrors?.map((f) => f.path)).toEqual(['completedOn']);
    expect(await h.snapshot()).toEqual(before);
  });

  it('a provider lists only its own lines; finance lists everyone’s, a page at a time', async () => {
    const sp2 = await h.provider('SP-002');
    const own = await sp2.lines.list.query({ limit: 200 });
    expect(own.lines.length).toBeGreaterThan(0);
    expect(own.lines.every((l) => l.providerId === 'SP-002')).toBe(true);
    await expect(sp2.lines.list.query({ providerId: 'SP-001' })).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    const lineOfOne = (await h.finance.lines.list.query({ providerId: 'SP-001', limit: 1 })).lines[0]!;
    await expect(sp2.lines.explain.query({ lineId: lineOfOne.lineId })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    const page1 = await h.finance.lines.list.query({ limit: 10 });
    const page2 = await h.finance.lines.list.query({ limit: 10, beforeId: page1.nextBeforeId! });
    expect(page2.lines[0]!.lineId).toBeLessThan(page1.lines.at(-1)!.lineId);
    expect(new Set([...page1.lines, ...page2.lines].map((l) => l.providerId))).toEqual(new Set(['SP-001', 'SP-002']));
  });
});

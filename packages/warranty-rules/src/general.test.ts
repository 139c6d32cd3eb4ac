// R1995 rules (B, docs/warranty-law.md) at their boundaries.
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import type { Decision, RemedyKind } from './contract.ts';
import { addDays } from './days.ts';
import { colourTv, kinds, qualityClaim } from './test-support/claim-facts.ts';

const INVOICE = '2024-03-01';
const onDay = (day: number) => addDays(INVOICE, day);
const ruleOf = (decision: Decision, kind: RemedyKind) => decision.remedies.find((r) => r.kind === kind)?.rule;
const deniedRule = (decision: Decision, kind: RemedyKind) => decision.denied.find((d) => d.kind === kind)?.rule;

describe('B3/B4 — 7 and 15 days from sale (T11, default 2)', () => {
  it.each([
    [0, ['refund', 'replace', 'repair'], 'B3'],
    [7, ['refund', 'replace', 'repair'], 'B3'],
    [8, ['replace', 'repair'], 'B4'],
    [15, ['replace', 'repair'], 'B4'],
  ])('day %i → %j under %s', (day, expected, rule) => {
    const decision = adjudicate(qualityClaim(colourTv, INVOICE, onDay(day)));
    expect(kinds(decision)).toEqual(expected);
    expect(ruleOf(decision, 'replace')).toBe(rule);
  });

  it('day 8: refund denied under B4 (default 13)', () => {
    expect(deniedRule(adjudicate(qualityClaim(colourTv, INVOICE, onDay(8))), 'refund')).toBe('B4');
  });

  it('day 16: only free repair (B9); exchange denied (B4) and return denied (B3)', () => {
    const decision = adjudicate(qualityClaim(colourTv, INVOICE, onDay(16)));
    expect(decision.remedies).toMatchObject([{ kind: 'repair', rule: 'B9', free: true }]);
    expect(decision.denied.map((d) => [d.kind, d.rule])).toEqual([
      ['refund', 'B3'],
      ['replace', 'B4'],
    ]);
  });

  it('a 7th day on a holiday moves the end of the window to the next working day (T6)', () => {
    const decision = adjudicate(qualityClaim(colourTv, INVOICE, onDay(8), { holidays: [onDay(7)] }));
    expect(ruleOf(decision, 'refund')).toBe('B3');
  });

  it('a run of holidays from day 7 to day 9 keeps the return open on day 10, not day 11', () => {
    const holidays = [onDay(7), onDay(8), onDay(9)];
    expect(ruleOf(adjudicate(qualityClaim(colourTv, INVOICE, onDay(10), { holidays })), 'refund')).toBe('B3');
    expect(ruleOf(adjudicate(qualityClaim(colourTv, INVOICE, onDay(11), { holidays })), 'refund')).toBeUndefined();
  });

  it('a fault that is not a performance fault gets free repair only', () => {
    const decision = adjudicate(qualityClaim(colourTv, INVOICE, onDay(3), { claim: { performanceFault: false } }));
    expect(decision.remedies).toMatchObject([{ kind: 'repair', rule: 'B9' }]);
    expect(decision.denied.map((d) => d.rule)).toEqual(['B3', 'B4']);
    expect(decision.denied[0]?.reason).toContain('Not a performance fault');
  });

  it('the window counts from the restarted period after a unit replacement (default 11)', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, INVOICE, '2024-05-05', { replacements: [{ on: '2024-05-01', scope: 'unit' }] }),
    );
    expect(ruleOf(decision, 'refund')).toBe('B3');
  });

  it('a refund uses the amount actually paid for sales from 2024-07-01 (A4), the invoice price before', () => {
    const after = adjudicate(
      qualityClaim(colourTv, '2024-07-01', '2024-07-03', { sale: { priceFen: 300_000, paidFen: 279_900 } }),
    );
    expect(after.remedies[0]).toMatchObject({ kind: 'refund', refundFen: 279_900 });
    const before = adjudicate(
      qualityClaim(colourTv, '2024-06-30', '2024-07-03', { sale: { priceFen: 300_000, paidFen: 279_900 } }),
    );
    expect(before.remedies[0]).toMatchObject({ kind: 'refund', refundFen: 300_000 });
  });
});

describe('B5 — two failed repairs (default 7)', () => {
  const failed = (sentOn: string, completedOn: string, fixed = false) => ({ sentOn, completedOn, fixed });

  it('one failed repair is not enough', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, INVOICE, '2024-06-09', { repairs: [failed('2024-04-02', '2024-04-06')] }),
    );
    expect(kinds(decision)).toEqual(['repair']);
    expect(deniedRule(decision, 'replace')).toBe('B4');
  });

  it('two failed repairs open a free exchange and a refund with depreciation (B7b)', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, INVOICE, '2024-06-09', {
        repairs: [failed('2024-04-02', '2024-04-06'), failed('2024-05-10', '2024-05-16')],
      }),
    );
    expect(decision.remedies.some((r) => r.rule === 'B5' && r.kind === 'replace')).toBe(true);
    expect(decision.remedies.find((r) => r.kind === 'refund')).toMatchObject({
      rule: 'B7',
      refundFen: 273_000,
      depreciationFen: 27_000,
      free: false,
    });
  });

  it('repairs that fixed the product do not count', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, INVOICE, '2024-06-09', {
        repairs: [failed('2024-04-02', '2024-04-06', true), failed('2024-05-10', '2024-05-16')],
      }),
    );
    expect(ruleOf(decision, 'replace')).toBeUndefined();
  });

  it('failed repairs of a unit since replaced do not count', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, INVOICE, '2024-06-09', {
        repairs: [failed('2024-03-10', '2024-03-12'), failed('2024-03-20', '2024-03-22')],
        replacements: [{ on: '2024-04-01', scope: 'unit' }],
      }),
    );
    expect(ruleOf(decision, 'replace')).toBeUndefined();
  });

  it('without a same model the refund is at full price, free (B7a)', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, INVOICE, '2024-06-09', {
        repairs: [failed('2024-04-02', '2024-04-06'), failed('2024-05-10', '2024-05-16')],
        claim: { sellerHasSameModel: false },
      }),
    );
    expect(decision.remedies.find((r) => r.kind === 'refund')).toMatchObject({
      rule: 'B7',
      refundFen: 300_000,
      free: true,
    });
  });

  it('without a daily rate no depreciation is charged and the claim is flagged for legal review', () => {
    const noRate = { ...colourTv, dailyDepreciationBp: undefined };
    const decision = adjudicate(
      qualityClaim(noRate, INVOICE, '2024-06-09', {
        repairs: [failed('2024-04-02', '2024-04-06'), failed('2024-05-10', '2024-05-16')],
      }),
    );
    expect(decision.remedies.find((r) => r.kind === 'refund')).toMatchObject({
      rule: 'B7',
      refundFen: 300_000,
      depreciationFen: 0,
    });
    expect(decision.flags).toContain('needs_legal_review');
  });
});

describe('B6 — repairs delayed past 90 (no parts) and 30 (repairer) days', () => {
  const pending = (sentOn: string, reason: 'waitingForProducerParts' | 'delayedByRepairer') => ({
    pendingRepair: { sentOn, [reason]: true },
  });

  it.each([
    ['2024-06-30', 90, undefined],
    ['2024-07-01', 91, 'B6'],
  ])('no parts: claim %s (day %i) → replace rule %s', (claimOn, _day, rule) => {
    const decision = adjudicate(
      qualityClaim(colourTv, INVOICE, claimOn, { claim: pending('2024-04-01', 'waitingForProducerParts') }),
    );
    expect(decision.remedies.find((r) => r.kind === 'replace')?.rule).toBe(rule);
  });

  it.each([
    ['2024-05-31', undefined],
    ['2024-06-01', 'B6'],
  ])('repairer delay: claim %s → replace rule %s', (claimOn, rule) => {
    const decision = adjudicate(
      qualityClaim(colourTv, INVOICE, claimOn, { claim: pending('2024-05-01', 'delayedByRepairer') }),
    );
    expect(decision.remedies.find((r) => r.kind === 'replace')?.rule).toBe(rule);
  });

  it('a long repair without a producer or repairer cause opens no exchange', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, INVOICE, '2024-07-15', { claim: { pendingRepair: { sentOn: '2024-04-01' } } }),
    );
    expect(ruleOf(decision, 'replace')).toBeUndefined();
  });

  it('the B6 situation also opens a refund under B7 (default 13)', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, INVOICE, '2024-07-01', { claim: pending('2024-04-01', 'waitingForProducerParts') }),
    );
    // Used days: 122 − 91 in repair = 31 → 3,000.00 × 0.1% × 31 = 93.00.
    expect(decision.remedies.find((r) => r.kind === 'refund')).toMatchObject({
      rule: 'B7',
      depreciationFen: 9_300,
      refundFen: 290_700,
    });
  });

  it('a policy may shorten the 90 days but not lengthen them (precedence 3)', () => {
    const longer = adjudicate(
      qualityClaim({ ...colourTv, noPartsReplaceDays: 120 }, INVOICE, '2024-07-01', {
        claim: pending('2024-04-01', 'waitingForProducerParts'),
      }),
    );
    expect(ruleOf(longer, 'replace')).toBe('B6');
    const shorter = adjudicate(
      qualityClaim({ ...colourTv, noPartsReplaceDays: 45 }, INVOICE, '2024-05-17', {
        claim: pending('2024-04-01', 'waitingForProducerParts'),
      }),
    );
    expect(ruleOf(shorter, 'replace')).toBe('B6');
  });
});

describe('B9, B11, B14 — free repair, the 30-day repair guarantee and main parts', () => {
  it('inside the whole-unit period a repair is free (B9)', () => {
    expect(adjudicate(qualityClaim(colourTv, INVOICE, '2025-02-28')).remedies).toMatchObject([
      { kind: 'repair', rule: 'B9', free: true },
    ]);
  });

  it('a non-main part after the whole-unit period: paid repair, free remedies denied (B14, default 14)', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, INVOICE, '2025-03-02', { claim: { partCode: 'remote_control' } }),
    );
    expect(decision.remedies).toMatchObject([{ kind: 'paid_repair', free: false, rule: 'B14' }]);
    expect(decision.denied.map((d) => d.kind)).toEqual(['refund', 'replace', 'repair']);
  });

  it('a main part inside the main-part period is repaired or replaced free (B14)', () => {
    const decision = adjudicate(qualityClaim(colourTv, INVOICE, '2026-06-01', { claim: { partCode: 'picture_tube' } }));
    expect(decision.remedies).toMatchObject([
      { kind: 'replace_part', rule: 'B14', free: true },
      { kind: 'repair', rule: 'B14', free: true },
    ]);
    expect(decision.denied.map((d) => [d.kind, d.rule])).toEqual([
      ['refund', 'B14'],
      ['replace', 'B14'],
    ]);
  });

  it('the main-part period ends too (B14)', () => {
    const decision = adjudicate(qualityClaim(colourTv, INVOICE, '2027-03-02', { claim: { partCode: 'picture_tube' } }));
    expect(decision.remedies).toMatchObject([{ kind: 'paid_repair', rule: 'B14' }]);
  });

  it('a replaced main part gets a fresh main-part period (A6, F)', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, INVOICE, '2027-06-01', {
        claim: { partCode: 'picture_tube' },
        replacements: [{ on: '2026-01-10', scope: 'picture_tube' }],
      }),
    );
    expect(decision.remedies).toMatchObject([
      { kind: 'replace_part', rule: 'B14', free: true },
      { kind: 'repair', rule: 'B14', free: true },
    ]);
  });

  it('a recurrence within 30 days of a repair of the same part is free after the period (B11)', () => {
    const repairs = [{ sentOn: '2025-02-20', completedOn: '2025-02-25', fixed: true, partCode: 'speaker' }];
    const within = adjudicate(
      qualityClaim(colourTv, INVOICE, '2025-03-27', { repairs, claim: { partCode: 'speaker' } }),
    );
    expect(within.remedies).toMatchObject([{ kind: 'repair', rule: 'B11', free: true }]);
    const after = adjudicate(
      qualityClaim(colourTv, INVOICE, '2025-03-28', { repairs, claim: { partCode: 'speaker' } }),
    );
    expect(after.remedies).toMatchObject([{ kind: 'paid_repair', rule: 'B14' }]);
  });
});

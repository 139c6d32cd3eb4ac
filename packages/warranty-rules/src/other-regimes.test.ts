// PC2002 (E in docs/warranty-law.md, as far as it is known) and the CPL Art 24 fallback for uncatalogued goods (A1).
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import { cst, kinds, notebook, qualityClaim, uncatalogued } from './test-support/claim-facts.ts';

describe('microcomputers (E3, E4, E5)', () => {
  it.each([
    ['2024-03-08', ['refund', 'replace', 'repair'], 'E4'],
    ['2024-03-16', ['replace', 'repair'], 'E4'],
    ['2024-03-17', ['repair'], 'E3'],
  ])('listed fault on %s → %j', (claimOn, expected, repairRule) => {
    const decision = adjudicate(qualityClaim(notebook, '2024-03-01', claimOn));
    expect(kinds(decision)).toEqual(expected);
    expect(decision.remedies.find((r) => r.kind === 'repair')?.rule).toBe(repairRule);
  });

  it('a main part after the whole-unit period → free repair or a new main part (E3)', () => {
    const decision = adjudicate(qualityClaim(notebook, '2024-03-01', '2025-09-01', { claim: { partCode: 'hdd' } }));
    expect(decision.remedies).toMatchObject([
      { kind: 'replace_part', rule: 'E3', free: true },
      { kind: 'repair', rule: 'E3', free: true },
    ]);
  });

  it('outside every period → paid repair (E5)', () => {
    expect(
      adjudicate(qualityClaim(notebook, '2024-03-01', '2026-03-02', { claim: { partCode: 'hdd' } })).remedies,
    ).toMatchObject([{ kind: 'paid_repair', rule: 'E5' }]);
  });

  it('a computer is a durable good (A3) by default', () => {
    const policy = { ...notebook, durable: undefined };
    expect(adjudicate(qualityClaim(policy, '2024-03-01', '2024-08-01')).flags).toContain('burden_of_proof_on_operator');
  });

  it('days 8–15 without a same model: the PC2002 return article is unconfirmed → flagged', () => {
    const decision = adjudicate(
      qualityClaim(notebook, '2024-03-01', '2024-03-12', { claim: { sellerHasSameModel: false } }),
    );
    expect(decision.flags).toContain('needs_legal_review');
    expect(decision.denied).toMatchObject([{ kind: 'refund', rule: 'E4' }]);
  });
});

describe('uncatalogued goods (A1, A2, A9)', () => {
  const received = { deliveredAt: cst('2024-03-03') };

  it('within 7 days of receipt → return, replacement or repair; the operator pays transport (A1, A2)', () => {
    const decision = adjudicate(qualityClaim(uncatalogued, '2024-03-01', '2024-03-10', { sale: received }));
    expect(kinds(decision)).toEqual(['refund', 'replace', 'repair']);
    expect(decision.remedies.every((r) => r.rule === 'A1')).toBe(true);
    expect(decision.flags).toContain('operator_bears_transport_costs');
  });

  it('after 7 days inside a promised period → replacement or repair; a return goes to manual review (A1, A9)', () => {
    const decision = adjudicate(
      qualityClaim({ ...uncatalogued, wholeUnitMonths: 12 }, '2024-03-01', '2024-03-11', { sale: received }),
    );
    expect(kinds(decision)).toEqual(['replace', 'repair']);
    expect(decision.denied).toMatchObject([{ kind: 'refund', rule: 'A1' }]);
  });

  it('after 7 days with no promised period → free replacement or repair with no end date; a return goes to manual review (A1)', () => {
    const decision = adjudicate(qualityClaim(uncatalogued, '2024-03-01', '2027-03-11', { sale: received }));
    expect(decision.remedies).toMatchObject([
      { kind: 'replace', rule: 'A1', free: true },
      { kind: 'repair', rule: 'A1', free: true },
    ]);
    expect(decision.denied).toMatchObject([{ kind: 'refund', rule: 'A1' }]);
  });
});

describe('A3 — burden of proof for durable goods within 6 months of receipt', () => {
  const washingMachine = { regime: 'general', durable: true, wholeUnitMonths: 12, mainPartMonths: 36 } as const;

  it.each([
    ['2025-02-03', true],
    ['2025-02-04', false],
  ])('received 2024-08-03, claim %s → flag %s', (claimOn, flagged) => {
    const decision = adjudicate(
      qualityClaim(washingMachine, '2024-08-01', claimOn, { sale: { deliveredAt: cst('2024-08-03') } }),
    );
    expect(decision.flags.includes('burden_of_proof_on_operator')).toBe(flagged);
  });

  it('is not raised for goods that are not durable, nor for no-reason returns', () => {
    expect(
      adjudicate(qualityClaim({ ...washingMachine, durable: false }, '2024-08-01', '2024-09-01')).flags,
    ).not.toContain('burden_of_proof_on_operator');
    const noReason = {
      ...qualityClaim(washingMachine, '2024-08-01', '2024-08-05', {
        sale: { channel: 'online', deliveredAt: cst('2024-08-03') },
      }),
    };
    noReason.claim = { type: 'no_reason', raisedAt: cst('2024-08-05'), noReason: { goods: 'ordinary', intact: true } };
    expect(adjudicate(noReason).flags).toEqual(['consumer_pays_return_shipping']);
  });
});

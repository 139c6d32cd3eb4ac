import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoApprovalVerdict, type PartsRequestFacts } from './auto-approval.ts';

const facts: PartsRequestFacts = {
  requestId: 1,
  requestNumber: 'PR-20261129-0001',
  providerId: 'SP-001',
  purpose: 'warranty',
  status: 'submitted',
  totalValueFen: 9_999,
  overCreditLimit: false,
  createdBy: 'provider-7',
  claimCovered: true,
  inBom: true,
};

describe('autoApprovalVerdict', () => {
  it.each<[string, Partial<PartsRequestFacts>, RegExp | null]>([
    ['every check passes and the value is below the limit', {}, null],
    ['a stock request has no claim or BOM to check', { purpose: 'stock', claimCovered: null, inBom: null }, null],
    ['exactly at the limit', { totalValueFen: 10_000 }, /not below the auto-approval limit/],
    ['the claim is no longer covered', { claimCovered: false }, /no longer covered/],
    ['a part outside the BOM', { inBom: false }, /not in the unit model's BOM/],
    ['over the credit limit', { overCreditLimit: true }, /credit limit/],
  ])('%s', (_name, change, reason) => {
    const verdict = autoApprovalVerdict({ ...facts, ...change }, 10_000);
    if (reason === null) expect(verdict).toEqual({ auto: true });
    else expect(verdict.auto === false && verdict.reasons.join('; ')).toMatch(reason);
  });

  it('gives every failed check as a reason', () => {
    const verdict = autoApprovalVerdict(
      { ...facts, claimCovered: false, inBom: false, overCreditLimit: true, totalValueFen: 50_000 },
      10_000,
    );
    expect(verdict.auto === false && verdict.reasons).toHaveLength(4);
  });

  it('auto-approves exactly the clean requests below the limit', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(1_000_000), fc.boolean(), (value, limit, over) => {
        const verdict = autoApprovalVerdict({ ...facts, totalValueFen: value, overCreditLimit: over }, limit);
        expect(verdict.auto).toBe(value < limit && !over);
      }),
    );
  });
});

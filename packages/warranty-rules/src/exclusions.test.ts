// B10 exclusions (default 8) for catalogued goods.
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import type { SaleDocuments } from './contract.ts';
import { colourTv, phone, qualityClaim } from './test-support/claim-facts.ts';

const day5 = (documents?: SaleDocuments, causes?: Record<string, boolean>) =>
  adjudicate(
    qualityClaim(colourTv, '2024-03-01', '2024-03-06', {
      sale: documents ? { documents } : {},
      claim: causes ? { causes } : {},
    }),
  );

describe('B10 — not covered, paid repair only', () => {
  it.each([['misuse'], ['unauthorizedDisassembly'], ['forceMajeure'], ['disclosedDefect']])('%s', (cause) => {
    const decision = day5(undefined, { [cause]: true });
    expect(decision.remedies).toEqual([expect.objectContaining({ kind: 'paid_repair', free: false, rule: 'B10' })]);
    expect(decision.denied.map((d) => [d.kind, d.rule])).toEqual([
      ['refund', 'B10'],
      ['replace', 'B10'],
      ['repair', 'B10'],
    ]);
    expect(decision.flags).not.toContain('operator_bears_transport_costs');
  });

  it('no voucher, no invoice and no other proof of purchase → excluded', () => {
    expect(day5({ invoice: false, voucher: false }).remedies[0]?.rule).toBe('B10');
  });

  it('a lost invoice and voucher with other proof of purchase → still covered (B2 commentary, C10)', () => {
    expect(day5({ invoice: false, voucher: false, otherProofOfPurchase: true }).remedies[0]?.rule).toBe('B3');
    expect(day5({ invoice: false }).remedies[0]?.rule).toBe('B3');
    expect(day5({ voucher: false }).remedies[0]?.rule).toBe('B3');
  });

  it('a voucher for another model, or an altered voucher → excluded', () => {
    expect(day5({ voucherModelMatches: false }).remedies[0]?.rule).toBe('B10');
    expect(day5({ voucherAltered: true }).remedies[0]).toMatchObject({
      rule: 'B10',
      note: expect.stringContaining('altered'),
    });
  });

  it('names every reason that applies', () => {
    const note = day5({ voucherAltered: true }, { misuse: true, forceMajeure: true }).remedies[0]?.note ?? '';
    expect(note).toContain('improper use');
    expect(note).toContain('force majeure');
    expect(note).toContain('altered');
  });

  it('applies to phones too, under B10', () => {
    const decision = adjudicate(
      qualityClaim(phone, '2024-03-01', '2024-03-06', { claim: { causes: { misuse: true } } }),
    );
    expect(decision.remedies).toMatchObject([{ kind: 'paid_repair', rule: 'B10' }]);
  });
});

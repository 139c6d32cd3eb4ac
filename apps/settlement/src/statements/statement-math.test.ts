import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statementTotals } from './statement-math.ts';
import { formatStatementNumber, statementNumberPattern } from './statement-number.ts';

describe('statement arithmetic', () => {
  it.each([
    [
      'lines only, 6 % VAT',
      [10_000, 25_050],
      [],
      600,
      { linesFen: 35_050, deductionsFen: 0, netBeforeVatFen: 35_050, vatFen: 2103, netPayableFen: 37_153 },
    ],
    [
      'VAT rounds half-up: 1025 × 6 % = 61.5 → 62',
      [1025],
      [],
      600,
      { netBeforeVatFen: 1025, vatFen: 62, netPayableFen: 1087 },
    ],
    ['VAT rounds down below the half: 1024 × 6 % = 61.44 → 61', [1024], [], 600, { vatFen: 61, netPayableFen: 1085 }],
    [
      'deductions come off before VAT',
      [50_000],
      [8_000, 2_000],
      600,
      { linesFen: 50_000, deductionsFen: 10_000, netBeforeVatFen: 40_000, vatFen: 2400, netPayableFen: 42_400 },
    ],
    [
      'deductions above the lines: the provider owes, VAT half away from zero',
      [1000],
      [2025],
      600,
      { netBeforeVatFen: -1025, vatFen: -62, netPayableFen: -1087 },
    ],
    ['no VAT configured', [999], [1], 0, { vatFen: 0, netPayableFen: 998 }],
    ['an empty statement', [], [], 1300, { linesFen: 0, vatFen: 0, netPayableFen: 0 }],
  ] as const)('%s', (_label, lines, deductions, vatRateBp, expected) => {
    expect(statementTotals({ lines, deductions, vatRateBp })).toMatchObject(expected);
  });

  it.each([
    [{ lines: [-1], deductions: [], vatRateBp: 600 }, /line amounts/],
    [{ lines: [1.5], deductions: [], vatRateBp: 600 }, /line amounts/],
    [{ lines: [], deductions: [-3], vatRateBp: 600 }, /deductions/],
    [{ lines: [], deductions: [], vatRateBp: 6.5 }, /VAT rate/],
  ])('refuses %o', (input, message) => {
    expect(() => statementTotals(input)).toThrow(message);
  });

  it('net = Σ lines − Σ deductions + VAT, with VAT within half a fen of the exact rate, for any amounts (property)', () => {
    const fen = fc.integer({ min: 0, max: 1e10 });
    fc.assert(
      fc.property(
        fc.array(fen, { maxLength: 30 }),
        fc.array(fen, { maxLength: 10 }),
        fc.integer({ min: 0, max: 10_000 }),
        (lines, deductions, vatRateBp) => {
          const t = statementTotals({ lines, deductions, vatRateBp });
          const net = lines.reduce((s, a) => s + a, 0) - deductions.reduce((s, a) => s + a, 0);
          expect(t.netBeforeVatFen).toBe(net);
          expect(t.netPayableFen).toBe(net + t.vatFen);
          // |vat × 10000 − net × rate| ≤ 5000, in exact integers.
          const error = BigInt(t.vatFen) * 10_000n - BigInt(net) * BigInt(vatRateBp);
          expect(error <= 5000n && error >= -5000n).toBe(true);
          // The order of the lines does not change anything.
          expect(statementTotals({ lines: [...lines].reverse(), deductions, vatRateBp })).toEqual(t);
        },
      ),
    );
  });
});

describe('statement numbers', () => {
  it.each([
    ['2026-11-30', 123, 'ST-202611-000123'],
    ['2027-01-01', 1, 'ST-202701-000001'],
    ['2026-12-31', 1_234_567, 'ST-202612-1234567'],
  ] as const)('%s #%i → %s', (date, n, expected) => {
    expect(formatStatementNumber(date, n)).toBe(expected);
    expect([...expected.matchAll(statementNumberPattern)].map((m) => m[0])).toEqual([expected]);
  });

  it('refuses a bad date or sequence', () => {
    expect(() => formatStatementNumber('2026/11/30', 1)).toThrow(RangeError);
    expect(() => formatStatementNumber('2026-11-30', 0)).toThrow(RangeError);
  });
});

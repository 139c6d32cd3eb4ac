import type { Fen } from '@sanbao/money';

export interface StatementTotals {
  linesFen: Fen;
  deductionsFen: Fen;
  /** Σ lines − Σ deductions: the service fee the provider invoices. */
  netBeforeVatFen: Fen;
  vatRateBp: number;
  vatFen: Fen;
  /** What the manufacturer pays: net before VAT plus VAT. Negative when deductions exceed the lines: the provider owes. */
  netPayableFen: Fen;
}

export const vatRounding =
  'VAT is computed once per statement, on Σ lines − Σ deductions, as an exact integer product rounded half-up to the fen (half away from zero when the net is negative); it is never summed from per-line VAT.';

/** n / d rounded half away from zero, d > 0. */
function divideHalfAwayFromZero(n: bigint, d: bigint): bigint {
  const sign = n < 0n ? -1n : 1n;
  const abs = n * sign;
  const q = abs / d;
  return sign * ((abs % d) * 2n >= d ? q + 1n : q);
}

const safe = (v: bigint, what: string): Fen => {
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER))
    throw new RangeError(`${what} is out of range`);
  return Number(v);
};

/**
 * A statement's arithmetic: net = Σ lines − Σ deductions + VAT, VAT at the configured rate in basis points
 * (600 bp = 6 %, the rate for modern services), rounded as `vatRounding` says. Line amounts and
 * deductions are whole, non-negative fen; a deduction is entered as the positive amount deducted.
 */
export function statementTotals(input: {
  lines: readonly Fen[];
  deductions: readonly Fen[];
  vatRateBp: number;
}): StatementTotals {
  if (!Number.isInteger(input.vatRateBp) || input.vatRateBp < 0 || input.vatRateBp > 10_000)
    throw new RangeError('the VAT rate is whole basis points from 0 to 10000');
  const sum = (amounts: readonly Fen[], what: string) =>
    amounts.reduce((s, a) => {
      if (!Number.isSafeInteger(a) || a < 0) throw new RangeError(`${what} are whole, non-negative fen (got ${a})`);
      return s + BigInt(a);
    }, 0n);
  const lines = sum(input.lines, 'line amounts');
  const deductions = sum(input.deductions, 'deductions');
  const net = lines - deductions;
  const vat = divideHalfAwayFromZero(net * BigInt(input.vatRateBp), 10_000n);
  return {
    linesFen: safe(lines, 'Σ lines'),
    deductionsFen: safe(deductions, 'Σ deductions'),
    netBeforeVatFen: safe(net, 'the net'),
    vatRateBp: input.vatRateBp,
    vatFen: safe(vat, 'VAT'),
    netPayableFen: safe(net + vat, 'the net payable'),
  };
}

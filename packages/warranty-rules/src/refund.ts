// Money for returns: depreciation (B7b, C9, default 5 of docs/warranty-law.md) and the car usage fee (G11, default 6).
// Integer fen only; the products are taken in BigInt so price × bp × days never loses precision.
import type { Bp, Day, Fen } from './contract.ts';
import { daysBetween } from './days.ts';

const BP_PER_UNIT = 10_000n;

/** G11: n may not exceed 0.5% (CAR2021 Art 27). CAR2013 allowed up to 0.8% (G-hist). */
export const USAGE_FACTOR_CAP_BP = 50;
export const USAGE_FACTOR_CAP_BP_CAR2013 = 80;

/** Default 5: used days = claim date − invoice date − repair days, never below 0. */
export function usedDays(invoiceDate: Day, claimDate: Day, repairDays: number): number {
  return Math.max(0, daysBetween(invoiceDate, claimDate) - repairDays);
}

/** Default 5: base × bp / 10000 × used days, rounded down to the fen (the consumer's favour), at most base. */
export function depreciationFen(baseFen: Fen, dailyBp: Bp, days: number): Fen {
  if (days <= 0 || dailyBp <= 0 || baseFen <= 0) return 0;
  const raw = (BigInt(baseFen) * BigInt(dailyBp) * BigInt(days)) / BP_PER_UNIT;
  return raw >= BigInt(baseFen) ? baseFen : Number(raw);
}

export interface DepreciatedRefund {
  depreciationFen: Fen;
  refundFen: Fen;
}

/** B7(b)/C9: refund = base − depreciation, never below 0. */
export function depreciatedRefund(baseFen: Fen, dailyBp: Bp, days: number): DepreciatedRefund {
  const depreciation = depreciationFen(baseFen, dailyBp, days);
  return { depreciationFen: depreciation, refundFen: Math.max(0, baseFen - depreciation) };
}

export interface UsageFee {
  usageFeeFen: Fen;
  /** n was above the cap and the cap was used (flag usage_factor_capped). */
  capped: boolean;
}

/**
 * A non-negative finite number as an exact decimal fraction numerator / 10^scale, read from its shortest
 * decimal form (what the JSON said), so 12000.5 km stays 120005 / 10.
 */
export function exactDecimal(value: number): { numerator: bigint; scale: number } {
  const [mantissa = '0', exponentText = '0'] = Math.max(0, value).toString().toLowerCase().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const exponent = Number(exponentText);
  const digits = BigInt(`${whole}${fraction}`);
  const scale = fraction.length - exponent;
  return scale >= 0 ? { numerator: digits, scale } : { numerator: digits * 10n ** BigInt(-scale), scale: 0 };
}

/**
 * Contract defaults 6 and 24: price × km / 1000 × min(n, cap) / 10000 with the km as given (fractions
 * kept), computed exactly and rounded down to the fen once, at the end; never above the price.
 */
export function usageFee(priceFen: Fen, odometerKm: number, factorBp: Bp, capBp: Bp = USAGE_FACTOR_CAP_BP): UsageFee {
  const factor = Math.min(factorBp, capBp);
  const km = exactDecimal(odometerKm);
  const raw = (BigInt(priceFen) * km.numerator * BigInt(factor)) / (1000n * BP_PER_UNIT * 10n ** BigInt(km.scale));
  const fee = raw >= BigInt(priceFen) ? priceFen : Number(raw);
  return { usageFeeFen: fee, capped: factorBp > capBp };
}

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
 * Default 6: price × km / 1000 × min(n, cap) / 10000, rounded down to the fen. Part kilometres are
 * dropped (the consumer's favour) so the product stays an exact integer.
 */
export function usageFee(priceFen: Fen, odometerKm: number, factorBp: Bp, capBp: Bp = USAGE_FACTOR_CAP_BP): UsageFee {
  const factor = Math.min(factorBp, capBp);
  const km = Math.floor(Math.max(0, odometerKm));
  const raw = (BigInt(priceFen) * BigInt(km) * BigInt(factor)) / (1000n * BP_PER_UNIT);
  const fee = raw >= BigInt(priceFen) ? priceFen : Number(raw);
  return { usageFeeFen: fee, capped: factorBp > capBp };
}

import type { Fen } from './fen.ts';

function checked(value: bigint): Fen {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`amount ${value} fen is outside the safe range`);
  }
  return Number(value);
}

export const addFen = (...amounts: Fen[]): Fen => checked(amounts.reduce((sum, a) => sum + BigInt(a), 0n));
export const subtractFen = (a: Fen, b: Fen): Fen => checked(BigInt(a) - BigInt(b));
export const multiplyFen = (a: Fen, quantity: number): Fen => checked(BigInt(a) * BigInt(quantity));

export type Rounding = 'down' | 'up' | 'half-up';

/** amount × bp / 10 000, rounded as asked (down = towards zero, the consumer's favour for deductions). */
export function applyBasisPoints(amount: Fen, bp: number, rounding: Rounding = 'half-up'): Fen {
  const product = BigInt(amount) * BigInt(bp);
  const sign = product < 0n ? -1n : 1n;
  const abs = product * sign;
  let q = abs / 10_000n;
  const r = abs % 10_000n;
  if ((rounding === 'up' && r > 0n) || (rounding === 'half-up' && r * 2n >= 10_000n)) q += 1n;
  return checked(q * sign);
}

/** Splits an amount over weights so the parts add up exactly (largest remainder). */
export function allocateFen(total: Fen, weights: number[]): Fen[] {
  const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sum === 0n) return weights.map(() => 0);
  const raw = weights.map((w) => (BigInt(total) * BigInt(w)) / sum);
  let rest = BigInt(total) - raw.reduce((s, v) => s + v, 0n);
  const order = weights
    .map((w, i) => ({ i, rem: (BigInt(total) * BigInt(w)) % sum }))
    .sort((a, b) => (b.rem > a.rem ? 1 : b.rem < a.rem ? -1 : a.i - b.i));
  for (const { i } of order) {
    if (rest <= 0n) break;
    raw[i] = (raw[i] ?? 0n) + 1n;
    rest -= 1n;
  }
  return raw.map(checked);
}

/**
 * Postgres int8 (bigint) arrives as a string from `pg`. Money is stored as bigint fen, and any sum we
 * handle fits in a JS safe integer (±9e15 fen = ±90 trillion yuan); past that we refuse rather than
 * silently lose precision.
 */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`int8 value ${text} is outside the safe integer range`);
  }
  return value;
}

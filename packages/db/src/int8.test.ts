import { describe, expect, it } from 'vitest';
import { parseInt8 } from './int8.ts';

describe('parseInt8', () => {
  it('parses bigint fen within the safe range', () => {
    expect(parseInt8('273000')).toBe(273000);
    expect(parseInt8('-9007199254740991')).toBe(-9007199254740991);
  });
  it('refuses values that would lose precision', () => {
    expect(() => parseInt8('9007199254740993')).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateFen, applyBasisPoints, formatYuan, parseYuan } from './index.ts';

describe('money', () => {
  it.each([
    [300000, 10, 'down', 300],
    [333, 5000, 'down', 166],
    [333, 5000, 'half-up', 167],
    [1, 1, 'up', 1],
    [-333, 5000, 'half-up', -167],
  ] as const)('applyBasisPoints(%i, %i, %s) = %i', (amount, bp, rounding, expected) => {
    expect(applyBasisPoints(amount, bp, rounding)).toBe(expected);
  });

  it('formats and parses yuan', () => {
    expect(formatYuan(273000)).toBe('¥2,730.00');
    expect(formatYuan(-5)).toBe('-¥0.05');
    expect(parseYuan('2,730.5')).toBe(273050);
    expect(() => parseYuan('1.005')).toThrow(RangeError);
  });

  it('allocation always adds up to the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = allocateFen(total, weights);
          const sumWeights = weights.reduce((a, b) => a + b, 0);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(sumWeights === 0 ? 0 : total);
        },
      ),
    );
  });

  it('rounding down never exceeds the exact product', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 10_000 }), (amount, bp) => {
        expect(applyBasisPoints(amount, bp, 'down') * 10_000).toBeLessThanOrEqual(amount * bp);
      }),
    );
  });
});

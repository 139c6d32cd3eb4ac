import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './relay-backoff.ts';

describe('retryDelayMs', () => {
  it.each([
    [0, 0],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [6, 32_000],
    [7, 60_000],
    [1000, 60_000],
  ])('after %i failed attempts waits %i ms', (attempts, expected) => {
    expect(retryDelayMs(attempts, { initialMs: 1000, maxMs: 60_000 })).toBe(expected);
  });

  it('never shrinks as failures add up, and never passes the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 600_000 }),
        (attempts, initialMs, maxMs) => {
          const backoff = { initialMs, maxMs: Math.max(initialMs, maxMs) };
          const delay = retryDelayMs(attempts, backoff);
          expect(delay).toBeGreaterThanOrEqual(Math.min(initialMs, backoff.maxMs));
          expect(delay).toBeLessThanOrEqual(backoff.maxMs);
          expect(retryDelayMs(attempts + 1, backoff)).toBeGreaterThanOrEqual(delay);
        },
      ),
    );
  });
});

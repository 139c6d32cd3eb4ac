import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentCode, findSupersessionCycle, SupersessionCycleError } from './supersession.ts';

describe('supersession', () => {
  const chain = new Map<string, string | null>([
    ['A', 'B'],
    ['B', 'C'],
    ['C', null],
    ['X', null],
  ]);

  it('issues the last code of the chain', () => {
    expect(currentCode('A', chain)).toBe('C');
    expect(currentCode('C', chain)).toBe('C');
    expect(currentCode('unknown', chain)).toBe('unknown');
  });

  it('detects cycles', () => {
    const cyclic = new Map([...chain, ['C', 'A']]);
    expect(() => currentCode('A', cyclic)).toThrow(SupersessionCycleError);
    expect(findSupersessionCycle(cyclic)).toEqual(['A', 'B', 'C', 'A']);
    expect(findSupersessionCycle(chain)).toBeNull();
  });

  it('the current code of any code in an acyclic chain is the chain end, and is its own current code', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 }),
        (codes) => {
          const map = new Map(codes.map((c, i) => [c, codes[i + 1] ?? null] as const));
          const end = codes.at(-1)!;
          for (const c of codes) expect(currentCode(c, map)).toBe(end);
          expect(currentCode(end, map)).toBe(end);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { maxInputDepth, requestHashOf, tooDeepAt } from './request-hash.ts';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { x: value };
  return value;
};

describe('request hash', () => {
  it('does not depend on key order, and changes with any value', () => {
    expect(requestHashOf({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(requestHashOf({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(requestHashOf({ a: 1, b: { c: [1, 2] } })).not.toBe(requestHashOf({ a: 1, b: { c: [2, 1] } }));
    expect(requestHashOf({ note: 'first' })).not.toBe(requestHashOf({ note: 'First' }));
    expect(requestHashOf({ n: 1 })).not.toBe(requestHashOf({ n: '1' }));
  });

  it('two JSON values hash equal exactly when they are equal up to key order', () => {
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([k, x]) => [k, sorted(x)]),
            )
          : v;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.jsonValue({ maxDepth: 6 }), (a, b) => {
        const equal = JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
        expect(requestHashOf({ v: a }) === requestHashOf({ v: b })).toBe(equal);
        expect(requestHashOf({ v: a })).toBe(requestHashOf(JSON.parse(JSON.stringify({ v: a }))));
      }),
    );
  });

  it(`accepts ${maxInputDepth} levels and refuses deeper input with BAD_REQUEST naming where`, () => {
    expect(tooDeepAt(nested(maxInputDepth))).toBeNull();
    expect(() => requestHashOf({ terms: nested(maxInputDepth - 1) })).not.toThrow();
    const refused = (() => {
      try {
        requestHashOf({ terms: nested(maxInputDepth + 5) });
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'BAD_REQUEST' });
    expect((refused as DomainError).field).toMatch(/^terms\.x\.0\.x/);
  });

  it('a value nested 100,000 levels deep is refused, not a stack overflow', () => {
    expect(() => requestHashOf({ terms: nested(100_000) })).toThrow(DomainError);
  });
});

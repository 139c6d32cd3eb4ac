import { expect, it } from 'vitest';
import { withOneValueChanged } from './changed-value.ts';

it('changes exactly one value, the first one, and adds nothing', () => {
  expect(withOneValueChanged({ idempotencyKey: 'k-12345678', requestId: 7, reason: 'x' })).toEqual({
    idempotencyKey: 'k-12345678',
    requestId: 8,
    reason: 'x',
  });
  expect(withOneValueChanged({ idempotencyKey: 'k', lines: [{ lineId: 3, quantity: 1 }] })).toEqual({
    idempotencyKey: 'k',
    lines: [{ lineId: 4, quantity: 1 }],
  });
  expect(withOneValueChanged({ csv: 'a,b\n' })).toEqual({ csv: 'a,b\n-changed' });
  expect(withOneValueChanged({ flag: true, n: 1 })).toEqual({ flag: false, n: 1 });
  expect(withOneValueChanged({ supersededBy: null })).toEqual({ supersededBy: 'changed' });
  expect(() => withOneValueChanged({ idempotencyKey: 'k', empty: [] })).toThrow(/no value/);
});

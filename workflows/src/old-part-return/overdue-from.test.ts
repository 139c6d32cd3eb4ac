import { describe, expect, it } from 'vitest';
import { overdueFrom } from './old-part-return.contracts.ts';

describe('overdueFrom', () => {
  it.each([
    ['2026-11-29', '2026-11-29T16:00:00.000Z'],
    ['2026-12-31', '2026-12-31T16:00:00.000Z'],
    ['2028-02-28', '2028-02-28T16:00:00.000Z'],
  ])('a tag due on %s is overdue from midnight CST after it (%s)', (dueOn, instant) => {
    expect(overdueFrom(dueOn)).toBe(instant);
  });
});

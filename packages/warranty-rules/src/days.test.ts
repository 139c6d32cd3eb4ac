import { describe, expect, it } from 'vitest';
import { repairDaysFromHours } from './days.ts';

// The calendar arithmetic the engine counts with is tested in @sanbao/calendar.
describe('car repair hours to days (T12)', () => {
  it.each([
    [0, 0],
    [1, 1],
    [24, 1],
    [25, 2],
    [120, 5],
    [121, 6],
    [145, 7],
  ])('%i h = %i days', (hours, days) => {
    expect(repairDaysFromHours(hours)).toBe(days);
  });
});

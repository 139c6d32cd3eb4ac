import type { CalendarDay } from '@sanbao/calendar';
import { describe, expect, it } from 'vitest';
import { createCachedHolidayCalendar } from './holiday-calendar.ts';

const days: CalendarDay[] = [
  { day: '2026-01-01', kind: 'holiday' },
  { day: '2026-01-04', kind: 'make_up_workday' },
  { day: '2026-12-31', kind: 'holiday' },
  { day: '2027-01-01', kind: 'holiday' },
];

function fakeWarranty() {
  const asked: { from: string; to: string }[] = [];
  let failing = false;
  return {
    asked,
    fail: (yes: boolean) => {
      failing = yes;
    },
    async query(input: { from: string; to: string }) {
      asked.push(input);
      if (failing) throw new Error('warranty is down');
      return days.filter((d) => d.day >= input.from && d.day <= input.to);
    },
  };
}

describe('the warranty calendar, read a year at a time and kept briefly', () => {
  it('gives the holidays in the range, across a year end, without make-up working days', async () => {
    const calendar = createCachedHolidayCalendar(fakeWarranty());
    expect([...(await calendar.holidaysBetween('2026-01-01', '2027-01-01'))]).toEqual([
      '2026-01-01',
      '2026-12-31',
      '2027-01-01',
    ]);
    expect([...(await calendar.holidaysBetween('2026-01-02', '2026-12-30'))]).toEqual([]);
  });

  it('asks the warranty service once per year until the cache time has passed', async () => {
    let now = 0;
    const warranty = fakeWarranty();
    const calendar = createCachedHolidayCalendar(warranty, { ttlMs: 1000, now: () => now });
    await calendar.holidaysBetween('2026-03-01', '2026-04-01');
    await calendar.holidaysBetween('2026-05-01', '2026-06-01');
    expect(warranty.asked).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
    now = 1000;
    await calendar.holidaysBetween('2026-05-01', '2026-06-01');
    expect(warranty.asked).toHaveLength(2);
  });

  it('does not keep a failed read', async () => {
    const warranty = fakeWarranty();
    const calendar = createCachedHolidayCalendar(warranty);
    warranty.fail(true);
    await expect(calendar.holidaysBetween('2026-01-01', '2026-01-31')).rejects.toThrow('warranty is down');
    warranty.fail(false);
    expect([...(await calendar.holidaysBetween('2026-01-01', '2026-01-31'))]).toEqual(['2026-01-01']);
  });
});

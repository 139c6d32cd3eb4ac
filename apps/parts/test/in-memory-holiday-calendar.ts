import type { Day } from '@sanbao/calendar';
import type { HolidayCalendar } from '../src/returns/holiday-calendar.ts';

/** Stands in for the warranty service's calendar in tests: holidays are whatever the test says. */
export function createInMemoryHolidayCalendar(initial: Day[] = []) {
  const holidays = new Set(initial);
  const calendar: HolidayCalendar & { add(...days: Day[]): void; clear(): void } = {
    async holidaysBetween(from, to) {
      return new Set([...holidays].filter((day) => day >= from && day <= to));
    },
    add: (...days) => days.forEach((day) => holidays.add(day)),
    clear: () => holidays.clear(),
  };
  return calendar;
}

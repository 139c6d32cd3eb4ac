import type { CalendarDay, Day } from '@sanbao/calendar';

/** The statutory holidays a return due date moves past. The warranty service keeps the calendar. */
export interface HolidayCalendar {
  /** The statutory holidays from `from` to `to`, both included. */
  holidaysBetween(from: Day, to: Day): Promise<ReadonlySet<Day>>;
}

/** The warranty service's `calendar.list`, as a tRPC client exposes it. */
export interface CalendarListQuery {
  query(input: { from: Day; to: Day }): Promise<readonly CalendarDay[]>;
}

/**
 * Reads the calendar a year at a time and keeps each year for `ttlMs`, so reporting consumption does
 * not ask the warranty service every time; an admin's change shows within that time. A failed read
 * is not kept.
 */
export function createCachedHolidayCalendar(
  list: CalendarListQuery,
  { ttlMs = 60_000, now = Date.now }: { ttlMs?: number; now?: () => number } = {},
): HolidayCalendar {
  const years = new Map<number, { readAt: number; holidays: Promise<Day[]> }>();
  const holidaysOf = (year: number): Promise<Day[]> => {
    const cached = years.get(year);
    if (cached && now() - cached.readAt < ttlMs) return cached.holidays;
    const holidays = list
      .query({ from: `${year}-01-01`, to: `${year}-12-31` })
      .then((days) => days.filter((d) => d.kind === 'holiday').map((d) => d.day));
    years.set(year, { readAt: now(), holidays });
    holidays.catch(() => {
      if (years.get(year)?.holidays === holidays) years.delete(year);
    });
    return holidays;
  };
  return {
    async holidaysBetween(from, to) {
      const found = new Set<Day>();
      for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
        for (const day of await holidaysOf(year)) if (day >= from && day <= to) found.add(day);
      }
      return found;
    },
  };
}

import { createServiceClient } from '@sanbao/trpc/client';
import type { WarrantyRouter } from '@sanbao/warranty/router';
import { createCachedHolidayCalendar, type HolidayCalendar } from './holiday-calendar.ts';

/** The warranty service's statutory-holiday calendar (`calendar.list`), read with a system token and kept briefly. */
export function warrantyHolidayCalendar(
  settings: { url: string; token: () => Promise<string> },
  cache?: { ttlMs?: number },
): HolidayCalendar {
  const warranty = createServiceClient<WarrantyRouter>(settings);
  return createCachedHolidayCalendar(warranty.calendar.list, cache);
}

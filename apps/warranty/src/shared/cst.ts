import { cstDateOf } from '@sanbao/warranty-rules';

/** Today's business date in China Standard Time. */
export const todayInChina = (now: Date = new Date()): string => cstDateOf(now.toISOString());

/** 'YYYYMM' of an instant in China Standard Time, for business numbers. */
export const cstMonthOf = (now: Date = new Date()): string => todayInChina(now).slice(0, 7).replace('-', '');

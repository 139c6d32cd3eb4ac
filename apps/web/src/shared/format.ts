import { daysBetween, todayInChina } from '@sanbao/calendar';
import { formatYuan } from '@sanbao/money';
import dayjs from 'dayjs';

/** Money arrives as integer fen and is only ever formatted, never computed, in the browser. */
export const yuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? '—' : formatYuan(fen));

export const dateTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

/** A citation comes as "《…》第九条 / R1995 Art 9": show the half in the reader's language. */
export function citationIn(citation: string | undefined, locale: 'zh-CN' | 'en'): string | undefined {
  if (!citation) return undefined;
  const [zh, en] = citation.split(' / ');
  return locale === 'en' ? (en ?? zh) : zh;
}

/** Whole days from today (China Standard Time) to a 'YYYY-MM-DD' due date; negative when overdue. */
export function daysUntil(day: string, now: Date = new Date()): number {
  return daysBetween(todayInChina(now), day);
}

/** The table column for an amount in fen: yuan, right-aligned. */
export const yuanColumn = (title: string, dataIndex: string) => ({
  title,
  dataIndex,
  align: 'right' as const,
  render: yuan,
});

import { describe, expect, test } from 'vitest';
import { citationIn, daysUntil, yuan } from './format.ts';

describe('what the pages show', () => {
  test.each([
    // CST midnight is 16:00 UTC the day before: a due date is counted in China Standard Time.
    ['2026-12-01', '2026-11-30T15:59:59Z', 1],
    ['2026-12-01', '2026-11-30T16:00:00Z', 0],
    ['2026-12-01', '2026-12-03T01:00:00Z', -2],
    ['2027-01-01', '2026-12-31T17:00:00Z', 0],
  ])('%s seen at %s is %i days away', (due, now, days) => {
    expect(daysUntil(due, new Date(now))).toBe(days);
  });

  test('a citation shows the half in the reader’s language, and the whole when there is one half', () => {
    const c = '《部分商品修理更换退货责任规定》第九条 / R1995 Art 9';
    expect(citationIn(c, 'zh-CN')).toBe('《部分商品修理更换退货责任规定》第九条');
    expect(citationIn(c, 'en')).toBe('R1995 Art 9');
    expect(citationIn('G7', 'en')).toBe('G7');
    expect(citationIn(undefined, 'en')).toBeUndefined();
  });

  test('fen are shown as yuan, and a missing amount as a dash', () => {
    expect(yuan(329900)).toBe('¥3,299.00');
    expect(yuan(5)).toBe('¥0.05');
    expect(yuan(null)).toBe('—');
  });
});

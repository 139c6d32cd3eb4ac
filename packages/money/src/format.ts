import type { Fen } from './fen.ts';

/** 273000 → "¥2,730.00" */
export function formatYuan(amount: Fen): string {
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const yuan = Math.trunc(abs / 100).toLocaleString('en-US');
  const fen = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}¥${yuan}.${fen}`;
}

/** "2730.5" → 273050. Rejects more than two decimals rather than rounding silently. */
export function parseYuan(text: string): Fen {
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/,/g, ''));
  if (!match) throw new RangeError(`not an amount in yuan: "${text}"`);
  const [, sign, whole, frac = ''] = match;
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount out of range: "${text}"`);
  return sign ? -fen : fen;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads plain, quoted and multi-line fields with their line numbers', () => {
    const text = '\uFEFFcode,name_zh,name_en\r\nP-1,压缩机,"Compressor, rotary"\n\nP-2,"门封 ""A""","two\nlines"\nP-3,,\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['code', 'name_zh', 'name_en'] },
      { line: 2, fields: ['P-1', '压缩机', 'Compressor, rotary'] },
      { line: 4, fields: ['P-2', '门封 "A"', 'two\nlines'] },
      { line: 6, fields: ['P-3', '', ''] },
    ]);
  });

  it('names the line of an unterminated quote', () => {
    expect(() => parseCsv('a,b\nx,"oops\n')).toThrow(/line 2/);
  });

  it('round-trips any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '9', ',', '"', '\n', ' ', '件', '-') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 20 }), (rows) => {
        const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
        const text = rows.map((r) => r.map(quote).join(',')).join('\r\n');
        expect(parseCsv(text).map((r) => r.fields)).toEqual(rows);
      }),
    );
  });
});

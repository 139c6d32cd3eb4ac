import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, readCsvLines } from './csv-lines.ts';

describe('readCsvLines', () => {
  it('reads plain, quoted and multi-line fields with the line each record starts on', async () => {
    const text =
      '\uFEFFcode,name_zh,name_en\r\nP-1,压缩机,"Compressor, rotary"\n\nP-2,"门封 ""A""","two\nlines"\nP-3,,\n';
    expect(await readCsvLines(text)).toEqual([
      { line: 1, fields: ['code', 'name_zh', 'name_en'] },
      { line: 2, fields: ['P-1', '压缩机', 'Compressor, rotary'] },
      { line: 4, fields: ['P-2', '门封 "A"', 'two\nlines'] },
      { line: 6, fields: ['P-3', '', ''] },
    ]);
  });

  it('names the line of an unterminated quote', async () => {
    const error = await readCsvLines('a,b\nx,"oops\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({ line: 2, message: expect.stringContaining('line 2') as string });
  });

  it('round-trips any table written with RFC 4180 quoting, blank lines between, read in any slice size', async () => {
    const cell = fc
      .string({ unit: fc.constantFrom('a', 'Z', '9', ',', '"', '\n', '\r\n', '件', '-') })
      .filter((c) => c.trim() === c);
    const row = fc.record({
      fields: fc.array(cell, { minLength: 2, maxLength: 5 }),
      blanksBefore: fc.integer({ min: 0, max: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 20 }),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 64 }),
        async (rows, eol, sliceBytes) => {
          const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
          let text = '';
          let line = 1;
          const expected = [];
          for (const r of rows) {
            text += eol.repeat(r.blanksBefore);
            line += r.blanksBefore;
            expected.push({ line, fields: r.fields });
            text += r.fields.map(quote).join(',') + eol;
            line += 1 + r.fields.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
          }
          // A file starting with blank lines is read from its first record; the header is then not line 1.
          expect(await readCsvLines(text, { sliceBytes })).toEqual(expected);
        },
      ),
    );
  });
});

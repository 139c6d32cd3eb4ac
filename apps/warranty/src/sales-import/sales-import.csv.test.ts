import { describe, expect, it } from 'vitest';
import { parseSalesCsv } from './sales-import.csv.ts';

const header = 'serial,model_code,channel,invoice_date,price_fen,delivered_at,installed_on,paid_fen,invoice,voucher';

describe('parseSalesCsv', () => {
  it('reads a full row, every column as trimmed text', async () => {
    const { records, errors, rowCount } = await parseSalesCsv(
      `${header}\nSN-1, KFR-35 ,store,2026-03-01,199900,2026-03-02T10:00:00+08:00,2026-03-03,150000,true,false\n`,
    );
    expect(errors).toEqual([]);
    expect(rowCount).toBe(1);
    expect(records).toEqual([
      {
        row: 1,
        serial: 'SN-1',
        model_code: 'KFR-35',
        channel: 'store',
        invoice_date: '2026-03-01',
        price_fen: '199900',
        delivered_at: '2026-03-02T10:00:00+08:00',
        installed_on: '2026-03-03',
        paid_fen: '150000',
        invoice: 'true',
        voucher: 'false',
      },
    ]);
  });

  it('takes the header in any order, case and spacing, with a BOM and CRLF line ends; absent optional columns read as empty', async () => {
    const { records, errors } = await parseSalesCsv(
      '\uFEFF Price_Fen ,SERIAL,channel,model_code,invoice_date\r\n100,SN-2,online,M1,2026-01-01\r\n',
    );
    expect(errors).toEqual([]);
    expect(records[0]).toMatchObject({
      serial: 'SN-2',
      price_fen: '100',
      model_code: 'M1',
      delivered_at: '',
      installed_on: '',
      paid_fen: '',
      invoice: '',
      voucher: '',
    });
  });

  it('numbers data rows from 1 (header not counted; blank lines skipped)', async () => {
    const { records } = await parseSalesCsv(
      'serial,model_code,channel,invoice_date,price_fen\nA,M,store,2026-01-01,1\n\nB,M,store,2026-01-01,1\n',
    );
    expect(records.map((r) => [r.row, r.serial])).toEqual([
      [1, 'A'],
      [2, 'B'],
    ]);
  });

  it('reads quoted fields holding commas, quotes and line breaks', async () => {
    const { records, errors } = await parseSalesCsv(
      'serial,model_code,channel,invoice_date,price_fen\nA,"M, ""deluxe""\nline 2",store,2026-01-01,1\nB,M,store,2026-01-01,2\n',
    );
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.row, r.model_code])).toEqual([
      [1, 'M, "deluxe"\nline 2'],
      [2, 'M'],
    ]);
  });

  it.each([
    ['', [{ row: 0, field: '(file)', message: 'the file is empty; it needs a header row' }]],
    [`${header}\n`, [{ row: 0, field: '(file)', message: 'the file has a header but no sales rows' }]],
  ])('refuses a file without sales rows: %j', async (csv, expected) => {
    expect(await parseSalesCsv(csv)).toEqual({ rowCount: 0, records: [], errors: expected });
  });

  it('names each required column missing from the header', async () => {
    const { records, errors } = await parseSalesCsv('serial,channel,invoice_date\nA,store,2026-01-01\n');
    expect(records).toEqual([]);
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [0, 'model_code'],
      [0, 'price_fen'],
    ]);
  });

  it('refuses unknown and repeated columns (a price in yuan is not taken)', async () => {
    const { errors } = await parseSalesCsv(
      'serial,model_code,channel,invoice_date,price_fen,price_yuan,serial\nA,M,store,2026-01-01,1,0.01,A\n',
    );
    expect(errors).toEqual([
      { row: 0, field: 'price_yuan', message: expect.stringContaining('unknown column') as string },
      { row: 0, field: 'serial', message: 'column appears twice in the header' },
    ]);
  });

  it('reports a row with the wrong number of fields and keeps the others', async () => {
    const { records, errors, rowCount } = await parseSalesCsv(
      'serial,model_code,channel,invoice_date,price_fen\nA,M,store,2026-01-01,1\nB,M,store,2026-01-01\nC,M,store,2026-01-01,1,extra\nD,M,store,2026-01-01,1\n',
    );
    expect(rowCount).toBe(4);
    expect(records.map((r) => r.serial)).toEqual(['A', 'D']);
    expect(errors).toEqual([
      { row: 2, field: '(row)', message: 'has 4 fields but the header has 5' },
      { row: 3, field: '(row)', message: 'has 6 fields but the header has 5' },
    ]);
  });

  it('reads a file fed in many small slices, multi-byte characters split across them', async () => {
    const csv =
      'serial,model_code,channel,invoice_date,price_fen\nA,空调-壁挂式,store,2026-01-01,1\nB,"冰箱, 双门",store,2026-01-01,2\n';
    const { records, errors } = await parseSalesCsv(csv, { sliceBytes: 3 });
    expect(errors).toEqual([]);
    expect(records.map((r) => r.model_code)).toEqual(['空调-壁挂式', '冰箱, 双门']);
  });

  it('names the data row where the CSV itself breaks', async () => {
    const { records, errors } = await parseSalesCsv(
      'serial,model_code,channel,invoice_date,price_fen\nA,M,store,2026-01-01,1\nB,"M"x,store,2026-01-01,1\n',
    );
    expect(records).toEqual([]);
    expect(errors).toEqual([{ row: 2, field: '(row)', message: expect.stringContaining('not valid CSV') as string }]);
    expect(
      (await parseSalesCsv('serial,model_code,channel,invoice_date,price_fen\n"A,M,store,2026-01-01,1\n')).errors[0],
    ).toMatchObject({ row: 1, field: '(row)' });
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { paymentFileRows } from './payment-file.ts';
import { readHeader, readPaymentRow, type PaymentFileColumn } from './payment-rows.ts';

const collect = async (format: 'csv' | 'xlsx', content: Buffer) => {
  const rows = [];
  for await (const r of paymentFileRows(format, content)) rows.push(r);
  return rows;
};

describe('payment files', () => {
  it('reads a CSV with a BOM, quoted fields and a blank line, numbering rows as the file does', async () => {
    const csv =
      '\ufeffbank_reference,value_date,payee_account,payee_name,amount_yuan,remittance\nB1,2026-12-05,6222 0001,"华东服务, 有限公司",1234.50,ST-202611-000001\n\nB2,2026-12-06,,,99,\n';
    expect(await collect('csv', Buffer.from(csv))).toEqual([
      { row: 1, cells: ['bank_reference', 'value_date', 'payee_account', 'payee_name', 'amount_yuan', 'remittance'] },
      { row: 2, cells: ['B1', '2026-12-05', '6222 0001', '华东服务, 有限公司', '1234.50', 'ST-202611-000001'] },
      { row: 4, cells: ['B2', '2026-12-06', '', '', '99', ''] },
    ]);
  });

  it('reads the first sheet of an XLSX: dates as days, numbers as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('付款');
    sheet.addRow(['value_date', 'amount_yuan', 'payee_name']);
    sheet.addRow([new Date(Date.UTC(2026, 11, 5)), 1234.5, '华东服务']);
    sheet.addRow([]);
    sheet.addRow(['2026-12-06', '88.00', 'B']);
    workbook.addWorksheet('other').addRow(['ignored']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await collect('xlsx', content)).toEqual([
      { row: 1, cells: ['value_date', 'amount_yuan', 'payee_name'] },
      { row: 2, cells: ['2026-12-05', '1234.5', '华东服务'] },
      { row: 4, cells: ['2026-12-06', '88.00', 'B'] },
    ]);
  });

  it('names each bad field by row and column', () => {
    const header = readHeader(['value_date', 'amount_yuan', 'payee_name']);
    if (!('columns' in header)) throw new Error('header refused');
    const columns: Map<PaymentFileColumn, number> = header.columns;
    expect(readPaymentRow(2, ['2026-12-05', '1,234.5', 'X'], columns)).toMatchObject({
      amountFen: 123_450,
      valueDate: '2026-12-05',
      payeeName: 'X',
      bankReference: null,
    });
    expect(readPaymentRow(3, ['2026-02-30', '12.345', 'X'], columns)).toEqual([
      { row: 3, field: 'value_date', message: `not a date 'YYYY-MM-DD': "2026-02-30"` },
      { row: 3, field: 'amount_yuan', message: 'not an amount in yuan: "12.345"' },
    ]);
    expect(readPaymentRow(4, ['2026-12-05', '-5', 'X'], columns)).toEqual([
      { row: 4, field: 'amount_yuan', message: 'a payment is a positive amount' },
    ]);
    expect(readHeader(['payee', 'amount'])).toEqual({
      errors: [
        { row: 1, field: 'value_date', message: 'the header has no value_date column' },
        { row: 1, field: 'amount_yuan', message: 'the header has no amount_yuan column' },
      ],
    });
  });
});

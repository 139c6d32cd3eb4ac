import ExcelJS from 'exceljs';
import { testTokens } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  fiveResults,
  fiveResultsBankFile,
  fiveResultsSummary,
  importPaymentFile,
  registerBankPayees,
} from '../../test/bank-file.ts';
import { key, startSettlement, type SettlementHarness } from '../../test/settlement-harness.ts';
import { statementUpTo } from '../../test/settlement-world.ts';
import { balancesOf } from '../ledger/accounts.ts';
import { providerBooks } from '../ledger/provider-books.ts';
import { demoRateCard } from '../rate-cards/demo-rate-card.ts';

let h: SettlementHarness;
let lastImport: { importId: number; statementId: number; number: string };

const download = async (path: string, token: string) => {
  const res = await fetch(`${h.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) return { status: res.status, rows: [] as unknown[][] };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { status: res.status, type: res.headers.get('content-type'), rows };
};

beforeAll(async () => {
  h = await startSettlement(inject('postgresAdminUrl'));
  h.setNow(new Date('2026-10-01T02:00:00Z'));
  await h.finance.rateCards.publish.mutate({ idempotencyKey: key(), effectiveFrom: '2026-10-01', card: demoRateCard });
  h.setNow(new Date('2026-11-25T02:00:00Z'));
  await registerBankPayees(h.finance);
});

afterAll(async () => {
  await h?.close();
});

const get = (statementId: number) => h.finance.statements.get.query({ statementId });
const importFile = (fileName: string, format: 'csv' | 'xlsx', content: Buffer) =>
  importPaymentFile(h, fileName, format, content);

describe('reconciliation', () => {
  it('takes a statement through dispute, resolution and approval; one payment file gives all five results, a many-to-one match among them', async () => {
    const spD = await h.provider('SP-D');
    const disputed = await statementUpTo(h, spD, 'SP-D', 'disputed');
    await h.finance.statements.resolve.mutate({
      idempotencyKey: key(),
      statementId: disputed.statementId,
      disputeId: disputed.disputeId!,
      grantedFen: 1_000,
      resolution: 'claim accepted',
    });
    await h.finance.statements.approve.mutate({ idempotencyKey: key(), statementId: disputed.statementId });
    const d = await get(disputed.statementId);
    expect([d.state, d.linesFen]).toEqual(['approved', 17_904 + 1_000]);

    const spA = await h.provider('SP-A');
    const a1 = await get((await statementUpTo(h, spA, 'SP-A', 'approved')).statementId);
    const a2 = await get((await statementUpTo(h, spA, 'SP-A', 'approved')).statementId);
    const b1 = await get((await statementUpTo(h, await h.provider('SP-B'), 'SP-B', 'approved')).statementId);
    const c1 = await get((await statementUpTo(h, await h.provider('SP-C'), 'SP-C', 'approved')).statementId);

    const file = fiveResultsBankFile({ a1, a2, b: b1, c: c1, d }, ['2026-11-26', '2026-11-27']);
    const importId = await importFile('bank-2026-11.csv', 'csv', file);
    const report = await h.finance.reconciliation.report.query({ importId });
    expect(report.import).toMatchObject({ status: 'done', rowsRead: 6, summary: fiveResultsSummary });
    expect(report.payments.map((p) => [p.row, p.outcome, p.rule])).toEqual(fiveResults);
    expect(report.payments[0]!.allocations.map((x) => [x.statementNumber, x.amountFen])).toEqual([
      [a1.number, a1.netPayableFen],
      [a2.number, a2.netPayableFen],
    ]);
    expect(report.payments[1]).toMatchObject({
      shortFen: 1_000,
      allocations: [{ statementId: b1.statementId, amountFen: b1.netPayableFen - 1_000 }],
    });
    expect(report.payments[2]).toMatchObject({ unallocatedFen: 500 });
    for (const p of report.payments) expect(p.action.length).toBeGreaterThan(10);
    expect(
      (await h.finance.reconciliation.report.query({ importId, outcome: 'unknown_payee' })).payments.map((p) => p.row),
    ).toEqual([6]);
    lastImport = { importId, statementId: a1.statementId, number: a1.number };

    // Paid in full: reconciled, the payable of each provider settled to the fen. Short: still approved, 1000 fen owed.
    expect([
      (await get(a1.statementId)).state,
      (await get(a2.statementId)).state,
      (await get(c1.statementId)).state,
      (await get(b1.statementId)).state,
    ]).toEqual(['reconciled', 'reconciled', 'reconciled', 'approved']);
    const final = await get(disputed.statementId);
    expect(final.history.map((x) => x.toState)).toEqual([
      'draft',
      'issued',
      'disputed',
      'approved',
      'paid',
      'reconciled',
    ]);
    for (const [providerId, owed] of [
      ['SP-A', 0],
      ['SP-B', 1_000],
      ['SP-C', 0],
      ['SP-D', 0],
    ] as const) {
      const [payable] = await balancesOf(h.db, [(await providerBooks(h.db, providerId)).payable]);
      expect(payable!.posted, providerId).toBe(owed);
    }
  });

  it('reads an XLSX file the same way, and a file with bad rows stores nothing and names each row and column', async () => {
    const spA = await h.provider('SP-A');
    const a3 = await get((await statementUpTo(h, spA, 'SP-A', 'approved')).statementId);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('payments');
    sheet.addRow(['value_date', 'amount_yuan', 'payee_account', 'remittance', 'bank_reference']);
    sheet.addRow([new Date(Date.UTC(2026, 10, 28)), a3.netPayableFen / 100, '6222 0000 0001', '', 'BR-X1']);
    const importId = await importFile('bank.xlsx', 'xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const report = await h.finance.reconciliation.report.query({ importId });
    expect(report.payments.map((p) => [p.outcome, p.rule, p.allocations[0]?.statementId])).toEqual([
      ['matched', 'payee_account_amount', a3.statementId],
    ]);

    const before = await h.snapshot();
    const bad = await importFile(
      'bad.csv',
      'csv',
      Buffer.from('value_date,amount_yuan\n2026-11-31,10\n2026-11-30,ten\n2026-11-30,10.00\n'),
    );
    const status = await h.finance.payments.importStatus.query({ importId: bad });
    expect(status).toMatchObject({ status: 'failed', rowsRead: 3 });
    expect(status.errors).toEqual([
      { row: 2, field: 'value_date', message: `not a date 'YYYY-MM-DD': "2026-11-31"` },
      { row: 3, field: 'amount_yuan', message: 'not an amount in yuan: "ten"' },
    ]);
    expect(await h.db.selectFrom('payments').select('id').where('importId', '=', bad).execute()).toEqual([]);
    expect(Object.keys(before)).toContain('payments');
  });

  it('exports the reconciliation report and a statement as XLSX, to those who may read them', async () => {
    const report = await download(`/exports/reconciliation/${lastImport.importId}`, await testTokens.role('finance'));
    expect(report.type).toMatch(/spreadsheetml/);
    expect(report.rows.map((r) => r[5])).toEqual([
      'result',
      'matched',
      'underpaid',
      'overpaid',
      'duplicate_payment',
      'unknown_payee',
      'matched',
    ]);
    expect(
      (await download(`/exports/reconciliation/${lastImport.importId}`, await testTokens.provider('SP-A'))).status,
    ).toBe(403);
    const statement = await download(`/exports/statement/${lastImport.statementId}`, await testTokens.provider('SP-A'));
    expect(statement.rows[0]).toEqual(['item', 'line_id', 'deduction_id', 'dispute_id', 'amount_yuan']);
    expect(statement.rows[1]![0]).toBe('line');
    expect(
      (await download(`/exports/statement/${lastImport.statementId}`, await testTokens.provider('SP-B'))).status,
    ).toBe(404);
    expect((await fetch(`${h.url}/exports/statement/${lastImport.statementId}`)).status).toBe(401);
  });

  it('takes a payment file larger than the ordinary 1 MiB body limit: payments.import is an import', async () => {
    // A bank file of 2 MB, every row unreadable: it must reach the reader (413 would mean the edge refused it).
    const csv = `value_date,amount_yuan\n${'2026-11-31,10\n'.repeat(150_000)}`;
    expect(csv.length).toBeGreaterThan(2 * 1024 * 1024 - 200_000);
    const importId = await importFile('big.csv', 'csv', Buffer.from(csv));
    expect(await h.finance.payments.importStatus.query({ importId })).toMatchObject({ status: 'failed' });
  });

  it('refuses a file that is not base64, naming the field', async () => {
    await expect(
      h.finance.payments.import.mutate({
        idempotencyKey: key(),
        fileName: 'x.csv',
        format: 'csv',
        contentBase64: 'not base64!',
      }),
    ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } });
    await expect((await h.provider('SP-A')).reconciliation.report.query({ importId: 1 })).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
  });
});

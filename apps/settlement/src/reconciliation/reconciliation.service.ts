import { inTransaction, type Kysely, recordStateChanges } from '@sanbao/db';
import { badRequest, notFound } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import { postTransfers } from '../ledger/post-transfers.ts';
import { providerBooks } from '../ledger/provider-books.ts';
import { settlementPostings } from '../ledger/settlement-postings.ts';
import type { SettlementDatabase } from '../schema.ts';
import type { SettlementDeps } from '../settlement-deps.ts';
import { moveStatement, statementsByIds } from '../statements/statements.repository.ts';
import { matchPayments, type Payment } from './match.ts';
import { paymentFileRows, type PaymentFileFormat } from './payment-file.ts';
import { readHeader, readPaymentRow, type PaymentFileColumn, type PaymentRow, type RowError } from './payment-rows.ts';
import {
  allocationsOf,
  allPayees,
  importById,
  importContent,
  insertAllocations,
  insertImport,
  insertPayments,
  knownBankReferences,
  lockReconciliation,
  payableStatements,
  paymentsPage,
  updateImport,
  upsertPayee,
} from './reconciliation.repository.ts';

type Db = Kysely<SettlementDatabase>;

/** Statements approved within this many days before a payment are matched by payee and amount alone. */
const dateWindowDays = 45;
/** Rows read between two progress updates. */
const progressEvery = 1000;
/** Errors kept on a failed import; the count is kept in full. */
const keptErrors = 500;

export async function registerPayee(db: Db, payee: { providerId: string; accounts: string[]; names: string[] }) {
  await upsertPayee(db, payee);
  return payee;
}

/** Queues a payment file; it is read and matched after the commit, its progress visible in `payments.importStatus`. */
export async function startPaymentImport(
  deps: SettlementDeps,
  trx: Db,
  user: AuthUser,
  input: { fileName: string; format: PaymentFileFormat; contentBase64: string },
  afterCommit: (work: () => void) => void,
) {
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw badRequest('contentBase64', 'the file is empty');
  // Recorded in the call's transaction; read afterwards on the pool, once the call has committed.
  const importId = await insertImport(trx, {
    fileName: input.fileName,
    format: input.format,
    content,
    importedBy: user.sub,
  });
  afterCommit(() => deps.background.run(() => processPaymentImport(deps, importId)));
  return { importId, status: 'queued' as const };
}

async function readFile(
  db: Db,
  importId: number,
  format: PaymentFileFormat,
  content: Buffer,
): Promise<{ rows: PaymentRow[]; errors: RowError[]; errorCount: number }> {
  const rows: PaymentRow[] = [];
  const errors: RowError[] = [];
  let errorCount = 0;
  const fail = (e: RowError[]) => {
    errorCount += e.length;
    errors.push(...e.slice(0, Math.max(0, keptErrors - errors.length)));
  };
  let columns: Map<PaymentFileColumn, number> | null = null;
  let read = 0;
  try {
    for await (const { row, cells } of paymentFileRows(format, content)) {
      if (columns === null) {
        const header = readHeader(cells);
        if ('errors' in header) {
          fail(header.errors);
          break;
        }
        columns = header.columns;
        continue;
      }
      const parsed = readPaymentRow(row, cells, columns);
      if (Array.isArray(parsed)) fail(parsed);
      else rows.push(parsed);
      if (++read % progressEvery === 0) await updateImport(db, importId, { rowsRead: read });
    }
  } catch (error) {
    fail([
      {
        row: read + 1,
        field: 'file',
        message: `the ${format.toUpperCase()} file cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
  if (columns === null && errors.length === 0) fail([{ row: 1, field: 'file', message: 'the file has no header row' }]);
  await updateImport(db, importId, { rowsRead: read });
  return { rows, errors, errorCount };
}

/**
 * Reads the file row by row, then — only when every row is sound — matches its payments to statements
 * in one transaction: every payment stored with its result and rule, allocations stored, the payment
 * posted in the ledger for statements finance had not marked paid yet, and statements paid in full
 * moved to reconciled. A file with any bad row stores nothing and lists the rows to fix.
 */
export async function processPaymentImport(deps: SettlementDeps, importId: number): Promise<void> {
  const { db } = deps;
  const { content, format, importedBy } = await importContent(db, importId);
  await updateImport(db, importId, { status: 'reading' });
  const { rows, errors, errorCount } = await readFile(db, importId, format, content);
  if (errorCount > 0) {
    await updateImport(db, importId, {
      status: 'failed',
      errors: JSON.stringify(errors),
      summary: JSON.stringify({ rows: rows.length + errorCount, errors: errorCount }),
      finished: true,
    });
    return;
  }
  try {
    const summary = await inTransaction(db, (trx) => matchAndStore(trx, importId, rows, importedBy));
    await updateImport(db, importId, { status: 'done', summary: JSON.stringify(summary), finished: true });
  } catch (error) {
    await updateImport(db, importId, {
      status: 'failed',
      errors: JSON.stringify([
        { row: 0, field: 'file', message: error instanceof Error ? error.message : String(error) },
      ]),
      finished: true,
    });
  }
}

async function matchAndStore(trx: Db, importId: number, rows: PaymentRow[], importedBy: string) {
  await lockReconciliation(trx);
  const [statements, payees, known] = await Promise.all([
    payableStatements(trx),
    allPayees(trx),
    knownBankReferences(trx),
  ]);
  const payments: Payment[] = rows.map((r) => ({
    id: String(r.row),
    bankReference: r.bankReference,
    payeeAccount: r.payeeAccount,
    payeeName: r.payeeName,
    amountFen: r.amountFen,
    valueDate: r.valueDate,
    remittanceText: r.remittanceText,
  }));
  const matches = matchPayments(payments, statements, payees, { dateWindowDays, knownBankReferences: known });
  const stored = await insertPayments(
    trx,
    rows.map((r, i) => {
      const m = matches[i]!;
      return {
        importId,
        rowNumber: r.row,
        bankReference: r.bankReference,
        valueDate: r.valueDate,
        payeeAccount: r.payeeAccount,
        payeeName: r.payeeName,
        amountFen: r.amountFen,
        remittanceText: r.remittanceText,
        outcome: m.outcome,
        rule: m.rule,
        providerId: m.providerId,
        unallocatedFen: m.unallocatedFen,
        shortFen: m.shortFen,
        action: m.action,
      };
    }),
  );
  const idOfRow = new Map(stored.map((p) => [p.rowNumber, p.id]));
  const allocations = rows.flatMap((r, i) =>
    matches[i]!.allocations.map((a) => ({
      paymentId: idOfRow.get(r.row)!,
      statementId: a.statementId,
      amountFen: a.amountFen,
    })),
  );
  await insertAllocations(trx, allocations);

  // Money to statements finance had not marked paid leaves the payable now, one transfer per statement
  // and file (each posting holds a lock to the end of the transaction: one per payment would exhaust them).
  const byId = new Map(statements.map((s) => [s.id, s]));
  const unpaid = new Map<number, number>();
  for (const a of allocations)
    if (byId.get(a.statementId)!.state === 'approved')
      unpaid.set(a.statementId, (unpaid.get(a.statementId) ?? 0) + a.amountFen);
  const books = new Map<string, Awaited<ReturnType<typeof providerBooks>>>();
  for (const providerId of [...new Set([...unpaid.keys()].map((id) => byId.get(id)!.providerId))].sort())
    books.set(providerId, await providerBooks(trx, providerId));
  const requests = [...unpaid].map(([statementId, amountFen]) => {
    const s = byId.get(statementId)!;
    return {
      kind: 'posted' as const,
      idempotencyKey: `payment-import:${importId}:${statementId}`,
      reference: `statement:${s.number}`,
      description: `bank payments of file ${importId} to statement ${s.number}`,
      legs: settlementPostings.payment(books.get(s.providerId)!, amountFen),
    };
  });
  for (let i = 0; i < requests.length; i += 1000) await postTransfers(trx, requests.slice(i, i + 1000));

  // Statements now paid in full are reconciled.
  const paidNow = new Map<number, number>();
  for (const a of allocations)
    paidNow.set(a.statementId, (paidNow.get(a.statementId) ?? byId.get(a.statementId)!.paidFen) + a.amountFen);
  const touched = await statementsByIds(trx, [...paidNow.keys()]);
  for (const s of touched) {
    const paid = paidNow.get(s.id)!;
    const full = paid >= s.netPayableFen;
    if (s.state === 'reconciled') continue;
    const to = full ? 'reconciled' : s.state;
    await moveStatement(trx, s.id, { state: to, paidFen: Math.max(s.paidFen, paid) });
    if (to !== s.state) {
      const steps =
        s.state === 'approved'
          ? [
              ['approved', 'paid'],
              ['paid', 'reconciled'],
            ]
          : [[s.state, 'reconciled']];
      await recordStateChanges(
        trx,
        steps.map(([from, toState]) => ({
          entity: 'statement' as const,
          entityId: s.id,
          fromState: from!,
          toState: toState!,
          actor: importedBy,
          actorRole: 'finance',
          reason: `payment file ${importId}`,
        })),
      );
    }
  }
  // camelCase keys: the database layer camel-cases the keys of JSON it reads back.
  const summary = { rows: rows.length, matched: 0, underpaid: 0, overpaid: 0, duplicatePayment: 0, unknownPayee: 0 };
  const key = {
    matched: 'matched',
    underpaid: 'underpaid',
    overpaid: 'overpaid',
    duplicate_payment: 'duplicatePayment',
    unknown_payee: 'unknownPayee',
  } as const;
  for (const m of matches) summary[key[m.outcome]] += 1;
  return summary;
}

export async function paymentImportStatus(db: Db, importId: number) {
  const row = await importById(db, importId);
  if (!row) throw notFound('payment import');
  return {
    importId: row.id,
    fileName: row.fileName,
    format: row.format,
    status: row.status,
    rowsRead: row.rowsRead,
    errors: row.errors,
    summary: row.summary,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** The payments of one file with their results, each with its rule, allocations and the action that resolves it. */
export async function reconciliationReport(
  db: Db,
  input: { importId: number; outcome?: string | undefined; afterId?: number | undefined; limit: number },
) {
  const status = await paymentImportStatus(db, input.importId);
  const rows = await paymentsPage(db, input);
  const allocations = Map.groupBy(
    await allocationsOf(
      db,
      rows.map((r) => r.id),
    ),
    (a) => a.paymentId,
  );
  return {
    import: status,
    payments: rows.map((p) => ({
      paymentId: p.id,
      row: p.rowNumber,
      bankReference: p.bankReference,
      valueDate: p.valueDate,
      payeeAccount: p.payeeAccount,
      payeeName: p.payeeName,
      amountFen: p.amountFen,
      outcome: p.outcome,
      rule: p.rule,
      providerId: p.providerId,
      allocations: (allocations.get(p.id) ?? []).map((a) => ({
        statementId: a.statementId,
        statementNumber: a.number,
        amountFen: a.amountFen,
      })),
      unallocatedFen: p.unallocatedFen,
      shortFen: p.shortFen,
      action: p.action,
    })),
    nextAfterId: rows.length === input.limit ? rows.at(-1)!.id : null,
  };
}

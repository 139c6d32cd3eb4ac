import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { inTransaction, type Kysely } from '@sanbao/db';
import type { Logger } from '@sanbao/logger';
import { notFound } from '@sanbao/trpc';
import type { ImportError, WarrantyDatabase } from '../schema.ts';
import { parseSalesCsv, type SalesCsvRecord } from './sales-import.csv.ts';
import type { SalesImportJobs } from './sales-import.jobs.ts';
import {
  findKnownModelCodes,
  findSalesImport,
  findSalesImportByFile,
  insertSalesImportIfNew,
  insertSoldUnits,
  listRecentSalesImports,
  markSalesImportCompleted,
  markSalesImportFailed,
  markSalesImportImporting,
  markSalesImportRejected,
  recordSalesImportProgress,
  reopenSalesImport,
  type SalesImportRow,
} from './sales-import.repository.ts';
import { createSalesRowValidator, type SaleRow, type ValidatedSales } from './sales-import.rows.ts';
import {
  toSalesImportSummary,
  toSalesImportView,
  type SalesImportSummary,
  type SalesImportView,
} from './sales-import.view.ts';

export interface SalesImportDeps {
  db: Kysely<WarrantyDatabase>;
  log: Logger;
  jobs: SalesImportJobs;
  /** Rows per INSERT statement and per progress update. */
  chunkSize?: number;
  /** An unfinished batch with no progress for this long was left by a process that died; the same file resumes it. */
  stalledAfterSeconds?: number;
}

export interface SalesFile {
  csv: string;
  fileName: string;
  startedBy: string;
}

/** The start's transaction, and a way to run the import once it has committed the batch. */
export interface StartTransaction {
  db: Kysely<WarrantyDatabase>;
  afterCommit(work: () => void): void;
}

export const salesImportChunkSize = 5000;
export const salesImportStalledAfterSeconds = 600;
export const maxStoredErrors = 200;

const fileHashOf = (csv: string) => createHash('sha256').update(csv, 'utf8').digest('hex');

/**
 * Starts importing a sales file and returns the batch as it stands (a new one is still 'validating');
 * the import itself runs in the background on `deps.db` once `start` has committed the batch.
 * The file's SHA-256 names the batch: the same file again gets the same batch and inserts nothing,
 * unless that batch failed (or stalled), in which case it is resumed after the rows it had committed.
 */
export async function startSalesImport(
  deps: SalesImportDeps,
  file: SalesFile,
  start: StartTransaction,
): Promise<SalesImportView> {
  const fileSha256 = fileHashOf(file.csv);
  const launchAfterCommit = (batch: SalesImportRow) => {
    start.afterCommit(() => launch(deps, batch, file.csv));
    return toSalesImportView(batch);
  };
  const created = await insertSalesImportIfNew(start.db, {
    fileSha256,
    fileName: file.fileName,
    startedBy: file.startedBy,
  });
  if (created) return launchAfterCommit(created);

  const existing = await findSalesImportByFile(start.db, fileSha256);
  const unfinished = existing.status === 'validating' || existing.status === 'importing';
  if (existing.status === 'failed' || (unfinished && !deps.jobs.running(existing.id))) {
    const reopened = await reopenSalesImport(
      start.db,
      existing.id,
      deps.stalledAfterSeconds ?? salesImportStalledAfterSeconds,
    );
    if (reopened) {
      deps.log.info(
        { salesImportId: reopened.id, was: existing.status, processedRows: reopened.processedRows },
        'resuming a sales import',
      );
      return launchAfterCommit(reopened);
    }
  }
  const current = (await findSalesImport(start.db, existing.id)) ?? existing;
  deps.log.info({ salesImportId: current.id, status: current.status }, 'sales file seen before: returning its batch');
  return toSalesImportView(current);
}

export async function getSalesImport(db: Kysely<WarrantyDatabase>, id: number): Promise<SalesImportView> {
  const row = await findSalesImport(db, id);
  if (!row) throw notFound(`sales import ${id}`);
  return toSalesImportView(row);
}

export async function listSalesImports(
  db: Kysely<WarrantyDatabase>,
  page: { limit: number; beforeId?: number | undefined },
): Promise<SalesImportSummary[]> {
  return (await listRecentSalesImports(db, page)).map(toSalesImportSummary);
}

function launch(deps: SalesImportDeps, batch: SalesImportRow, csv: string): void {
  const log = deps.log.child({ salesImportId: batch.id });
  deps.jobs.track(batch.id, runInBackground({ ...deps, log }, batch, csv));
}

async function runInBackground(deps: SalesImportDeps, batch: SalesImportRow, csv: string): Promise<SalesImportView> {
  await nextTurn(); // let the caller answer before the CPU-heavy parse
  try {
    return toSalesImportView(await importSalesFile(deps, batch, csv));
  } catch (error) {
    deps.log.error({ err: error }, 'sales import failed');
    const stopped: ImportError = {
      row: 0,
      field: '(import)',
      message: 'the import stopped unexpectedly; start the same file again to resume it',
    };
    try {
      return toSalesImportView(await markSalesImportFailed(deps.db, batch.id, [stopped]));
    } catch (markError) {
      deps.log.error({ err: markError }, 'could not mark the sales import failed');
      return { ...toSalesImportView(batch), status: 'failed', errors: [stopped] };
    }
  }
}

/** All-or-nothing per file: any faulty row rejects the file before a single sale is registered. */
async function importSalesFile(deps: SalesImportDeps, batch: SalesImportRow, csv: string): Promise<SalesImportRow> {
  const { db, log } = deps;
  const chunkSize = deps.chunkSize ?? salesImportChunkSize;
  const started = performance.now();
  const parsed = await parseSalesCsv(csv);
  const knownModels = await findKnownModelCodes(db, [...new Set(parsed.records.map((r) => r.model_code))]);
  const { ok, errors } = await validateInSlices(parsed.records, knownModels);
  const faults = [...parsed.errors, ...errors].sort((a, b) => a.row - b.row);
  const validationMs = Math.round(performance.now() - started);

  if (faults.length) {
    log.warn({ totalRows: parsed.rowCount, faults: faults.length, validationMs }, 'sales file rejected');
    return markSalesImportRejected(db, batch.id, parsed.rowCount, firstFaults(faults));
  }

  let progress = await markSalesImportImporting(db, batch.id, ok.length);
  log.info({ totalRows: ok.length, resumeAfter: progress.processedRows, validationMs }, 'sales file valid: importing');
  for (let from = progress.processedRows; from < ok.length; from += chunkSize) {
    const chunk = ok.slice(from, from + chunkSize);
    // The chunk and its counters commit together, so a resume knows exactly where to pick up.
    progress = await inTransaction(db, async (trx) => {
      const inserted = await insertSoldUnits(trx, chunk, { importId: batch.id, registeredBy: batch.startedBy });
      return recordSalesImportProgress(trx, batch.id, { processed: chunk.length, inserted });
    });
    log.info(
      {
        processedRows: progress.processedRows,
        totalRows: ok.length,
        insertedRows: progress.insertedRows,
        skippedRows: progress.skippedRows,
      },
      'sales import progress',
    );
  }
  const completed = await markSalesImportCompleted(db, batch.id);
  log.info(
    {
      insertedRows: completed.insertedRows,
      skippedRows: completed.skippedRows,
      ms: Math.round(performance.now() - started),
    },
    'sales import completed',
  );
  return completed;
}

/** Gives the event loop a turn between slices, so checking a big file does not stall other requests. */
async function validateInSlices(
  records: readonly SalesCsvRecord[],
  knownModels: ReadonlySet<string>,
  sliceSize = 2000,
): Promise<ValidatedSales> {
  const validator = createSalesRowValidator(knownModels);
  const ok: SaleRow[] = [];
  const errors: ImportError[] = [];
  for (let from = 0; from < records.length; from += sliceSize) {
    const slice = validator.check(records.slice(from, from + sliceSize));
    ok.push(...slice.ok);
    errors.push(...slice.errors);
    await nextTurn();
  }
  return { ok, errors };
}

/** Keeps the batch row small: the first faults in file order, and a count of the rest. */
export function firstFaults(faults: readonly ImportError[]): ImportError[] {
  if (faults.length <= maxStoredErrors) return [...faults];
  const shown = faults.slice(0, maxStoredErrors - 1);
  return [
    ...shown,
    {
      row: 0,
      field: '(file)',
      message: `${faults.length - shown.length} more faults not shown; fix these and send the file again`,
    },
  ];
}

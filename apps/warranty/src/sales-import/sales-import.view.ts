import type { ImportError } from '../schema.ts';
import type { SalesImportRow } from './sales-import.repository.ts';

/** A batch as callers see it: plain JSON, times as ISO strings. */
export interface SalesImportSummary {
  id: number;
  fileName: string;
  fileSha256: string;
  status: SalesImportRow['status'];
  totalRows: number;
  processedRows: number;
  insertedRows: number;
  /** Rows whose serial was already registered (left as they were). */
  skippedRows: number;
  /** Whole percent of rows processed; 100 once completed. */
  percent: number;
  startedBy: string;
  createdAt: string;
  updatedAt: string;
  /** When the batch reached `completed` or `rejected`. */
  completedAt: string | null;
}

export interface SalesImportView extends SalesImportSummary {
  /** Up to 200 faults, in file order; row 0 is about the header or the file as a whole. */
  errors: ImportError[];
}

export function percentOf(row: Pick<SalesImportRow, 'status' | 'processedRows' | 'totalRows'>): number {
  if (row.status === 'completed') return 100;
  return row.totalRows > 0 ? Math.floor((row.processedRows * 100) / row.totalRows) : 0;
}

export function toSalesImportSummary(row: SalesImportRow): SalesImportSummary {
  return {
    id: row.id,
    fileName: row.fileName,
    fileSha256: row.fileSha256,
    status: row.status,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    insertedRows: row.insertedRows,
    skippedRows: row.skippedRows,
    percent: percentOf(row),
    startedBy: row.startedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

export function toSalesImportView(row: SalesImportRow): SalesImportView {
  return { ...toSalesImportSummary(row), errors: row.errors };
}

import type { Kysely } from '@sanbao/db';
import type { Logger } from '@sanbao/logger';
import { mutationProcedure, roleProcedure, router } from '@sanbao/trpc';
import type { WarrantyDatabase } from '../schema.ts';
import { createSalesImportJobs, type SalesImportJobs } from './sales-import.jobs.ts';
import { listSalesImportsInput, salesImportStatusInput, startSalesImportInput } from './sales-import.schemas.ts';
import { getSalesImport, listSalesImports, startSalesImport } from './sales-import.service.ts';

export interface SalesImportRouterDeps {
  db: Kysely<WarrantyDatabase>;
  log: Logger;
  /** Imports running in this process; pass one in to await them at shutdown (`jobs.whenIdle()`). */
  jobs?: SalesImportJobs;
}

const salesStaff = ['admin', 'system', 'manager'] as const;

/** Bulk registration of sold units from a CSV file; mounted as `salesImports`. */
export function createSalesImportRouter({ db, log, jobs = createSalesImportJobs() }: SalesImportRouterDeps) {
  const mutation = mutationProcedure(db);
  return router({
    /** Creates (or finds, for a file sent before) the batch and returns it at once; the import runs in the background. */
    start: mutation(...salesStaff)
      .input(startSalesImportInput)
      .mutation(({ ctx, input }) =>
        startSalesImport(
          { db, jobs, log: log.child({ requestId: ctx.requestId }) },
          { csv: input.csv, fileName: input.fileName, startedBy: ctx.user.sub },
          ctx,
        ),
      ),
    /** Progress and the first faults of one batch. */
    status: roleProcedure(...salesStaff)
      .input(salesImportStatusInput)
      .query(({ input }) => getSalesImport(db, input.id)),
    /** The most recent batches, newest first, without their faults. */
    list: roleProcedure(...salesStaff)
      .input(listSalesImportsInput)
      .query(({ input }) => listSalesImports(db, input)),
  });
}

export type SalesImportRouter = ReturnType<typeof createSalesImportRouter>;

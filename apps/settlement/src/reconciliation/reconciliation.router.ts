import { mutationProcedure, roleProcedure, router } from '@sanbao/trpc';
import type { SettlementDeps } from '../settlement-deps.ts';
import {
  importIdInput,
  importPaymentsInput,
  reconciliationReportInput,
  registerPayeeInput,
} from './reconciliation.schemas.ts';
import {
  paymentImportStatus,
  reconciliationReport,
  registerPayee,
  startPaymentImport,
} from './reconciliation.service.ts';

const finance = roleProcedure('finance', 'admin');

/** Bank and payment files: imported and matched to statements by finance. */
export function createPaymentsRouter(deps: SettlementDeps) {
  const mutation = mutationProcedure(deps.db);
  return router({
    registerPayee: mutation('finance', 'admin')
      .input(registerPayeeInput)
      .mutation(({ ctx, input: { idempotencyKey: _key, ...payee } }) => registerPayee(ctx.db, payee)),
    import: mutation('finance', 'admin')
      .input(importPaymentsInput)
      .mutation(({ ctx, input: { idempotencyKey: _key, ...file } }) =>
        startPaymentImport(deps, ctx.db, ctx.user, file, ctx.afterCommit),
      ),
    importStatus: finance.input(importIdInput).query(({ input }) => paymentImportStatus(deps.db, input.importId)),
  });
}

export function createReconciliationRouter(deps: SettlementDeps) {
  return router({
    report: finance.input(reconciliationReportInput).query(({ input }) => reconciliationReport(deps.db, input)),
  });
}

import { serviceRouter } from '@sanbao/trpc';
import { createDeductionsRouter } from './deductions/deductions.router.ts';
import { createFinanceRouter } from './finance/finance.router.ts';
import { createLinesRouter } from './lines/lines.router.ts';
import { createRateCardsRouter } from './rate-cards/rate-cards.router.ts';
import { createQuotaRouter } from './quota/quota.router.ts';
import { createPaymentsRouter, createReconciliationRouter } from './reconciliation/reconciliation.router.ts';
import type { SettlementDeps } from './settlement-deps.ts';
import { createPeriodsRouter, createStatementsRouter } from './statements/statements.router.ts';

export const createSettlementRouter = (deps: SettlementDeps) =>
  serviceRouter(deps, {
    rateCards: createRateCardsRouter,
    lines: createLinesRouter,
    deductions: createDeductionsRouter,
    periods: createPeriodsRouter,
    statements: createStatementsRouter,
    quota: createQuotaRouter,
    payments: createPaymentsRouter,
    reconciliation: createReconciliationRouter,
    finance: createFinanceRouter,
  });

/** The contract: web, the gateway's clients and workflow activities import this type only. */
export type SettlementRouter = ReturnType<typeof createSettlementRouter>;

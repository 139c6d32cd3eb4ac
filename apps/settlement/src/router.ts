import { router } from '@sanbao/trpc';
import { createDeductionsRouter } from './deductions/deductions.router.ts';
import { createFinanceRouter } from './finance/finance.router.ts';
import { createLinesRouter } from './lines/lines.router.ts';
import { createRateCardsRouter } from './rate-cards/rate-cards.router.ts';
import { createQuotaRouter } from './quota/quota.router.ts';
import { createPaymentsRouter, createReconciliationRouter } from './reconciliation/reconciliation.router.ts';
import type { SettlementDeps } from './settlement-deps.ts';
import { createPeriodsRouter, createStatementsRouter } from './statements/statements.router.ts';

export type SettlementRouterDeps = SettlementDeps;

export function createSettlementRouter(deps: SettlementRouterDeps) {
  return router({
    rateCards: createRateCardsRouter(deps),
    lines: createLinesRouter(deps),
    deductions: createDeductionsRouter(deps),
    periods: createPeriodsRouter(deps),
    statements: createStatementsRouter(deps),
    quota: createQuotaRouter(deps),
    payments: createPaymentsRouter(deps),
    reconciliation: createReconciliationRouter(deps),
    finance: createFinanceRouter(deps),
  });
}

/** The contract: web, the gateway's clients and workflow activities import this type only. */
export type SettlementRouter = ReturnType<typeof createSettlementRouter>;

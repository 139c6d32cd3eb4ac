import { serviceRouter } from '@sanbao/trpc';
import { createCalendarRouter } from './calendar/calendar.router.ts';
import { createClaimsRouter } from './claims/claims.router.ts';
import { createEligibilityRouter } from './eligibility/eligibility.router.ts';
import { createHistoryRouter } from './history/history.router.ts';
import { createModelsRouter } from './models/models.router.ts';
import { createPoliciesRouter } from './policies/policies.router.ts';
import { createSalesImportRouter, type SalesImportRouterDeps } from './sales-import/sales-import.router.ts';
import { createSalesRouter } from './sales/sales.router.ts';
import { createSupervisionRouter } from './supervision/supervision.router.ts';
import { createSystemRouter, type SystemRouterDeps } from './system/system.router.ts';

export type WarrantyRouterDeps = SystemRouterDeps & Required<Pick<SalesImportRouterDeps, 'log' | 'jobs'>>;

export const createWarrantyRouter = (deps: WarrantyRouterDeps) =>
  serviceRouter(deps, {
    system: createSystemRouter,
    policies: createPoliciesRouter,
    calendar: createCalendarRouter,
    models: createModelsRouter,
    sales: createSalesRouter,
    salesImports: createSalesImportRouter,
    history: createHistoryRouter,
    claims: createClaimsRouter,
    eligibility: createEligibilityRouter,
    supervision: createSupervisionRouter,
  });

/** The contract: web and workflow activities import this type only. */
export type WarrantyRouter = ReturnType<typeof createWarrantyRouter>;

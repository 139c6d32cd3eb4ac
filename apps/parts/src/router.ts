import { router } from '@sanbao/trpc';
import { createCatalogRouter } from './catalog/catalog.router.ts';
import { createChargebacksRouter } from './chargebacks/chargebacks.router.ts';
import { createExposureRouter } from './exposure/exposure.router.ts';
import type { PartsDeps } from './parts-deps.ts';
import { createProvidersRouter } from './providers/providers.router.ts';
import { createRequestsRouter } from './requests/requests.router.ts';
import { createReturnsRouter } from './returns/returns.router.ts';
import { createStockRouter } from './stock/stock.router.ts';
import { createSupervisionRouter } from './supervision/supervision.router.ts';
import { createWarehousesRouter } from './warehouses/warehouses.router.ts';

export type PartsRouterDeps = PartsDeps;

export function createPartsRouter(deps: PartsRouterDeps) {
  return router({
    catalog: createCatalogRouter(deps),
    warehouses: createWarehousesRouter(deps),
    stock: createStockRouter(deps),
    providers: createProvidersRouter(deps),
    requests: createRequestsRouter(deps),
    returns: createReturnsRouter(deps),
    exposure: createExposureRouter(deps),
    chargebacks: createChargebacksRouter(deps),
    supervision: createSupervisionRouter(deps),
  });
}

/** The contract: web, the gateway's clients and workflow activities import this type only. */
export type PartsRouter = ReturnType<typeof createPartsRouter>;

import { serviceRouter } from '@sanbao/trpc';
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

export const createPartsRouter = (deps: PartsDeps) =>
  serviceRouter(deps, {
    catalog: createCatalogRouter,
    warehouses: createWarehousesRouter,
    stock: createStockRouter,
    providers: createProvidersRouter,
    requests: createRequestsRouter,
    returns: createReturnsRouter,
    exposure: createExposureRouter,
    chargebacks: createChargebacksRouter,
    supervision: createSupervisionRouter,
  });

/** The contract: web, the gateway's clients and workflow activities import this type only. */
export type PartsRouter = ReturnType<typeof createPartsRouter>;

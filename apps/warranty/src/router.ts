import { router } from '@sanbao/trpc';
import { createSystemRouter, type SystemRouterDeps } from './system/system.router.ts';

export type WarrantyRouterDeps = SystemRouterDeps;

export function createWarrantyRouter(deps: WarrantyRouterDeps) {
  return router({
    system: createSystemRouter(deps),
  });
}

/** The contract: web and workflow activities import this type only. */
export type WarrantyRouter = ReturnType<typeof createWarrantyRouter>;

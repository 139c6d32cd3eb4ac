import type { AnyRouter } from '@trpc/server';
import { router } from './procedures.ts';

/** How a feature folder builds its router from the service's dependencies. */
type FeatureRouters<Deps> = Record<string, (deps: Deps) => AnyRouter>;

/**
 * A service's router: every feature's router, built from the same dependencies, under the feature's
 * name (`inbox.list`, `tasks.open`…). The type keeps each feature's procedures, so `ReturnType` of the
 * service's `createXRouter` stays its contract.
 */
export function serviceRouter<Deps, Features extends FeatureRouters<Deps>>(deps: Deps, features: Features) {
  const built = Object.fromEntries(Object.entries(features).map(([name, create]) => [name, create(deps)]));
  return router(built as { [Name in keyof Features]: ReturnType<Features[Name]> });
}

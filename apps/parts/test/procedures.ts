import type { PartsDeps } from '../src/parts-deps.ts';
import { createPartsRouter } from '../src/router.ts';

/** Every procedure of the router with its kind, read from the router itself. */
export function partsProcedures(): { path: string; type: 'query' | 'mutation' | 'subscription' }[] {
  // Building the router only captures its dependencies; nothing here is called.
  const router = createPartsRouter({} as PartsDeps);
  const procedures = router._def.procedures as unknown as Record<
    string,
    { _def: { type: 'query' | 'mutation' | 'subscription' } }
  >;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({ path, type: procedure._def.type }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

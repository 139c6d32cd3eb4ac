import type { AnyTRPCRouter } from '@trpc/server';

export type ProcedureKind = 'query' | 'mutation' | 'subscription';

interface ProcedureDef {
  _def: { type: ProcedureKind };
}

/** Every procedure of a router with its kind, read from the router itself, sorted by path. */
export function routerProcedures(router: AnyTRPCRouter): { path: string; type: ProcedureKind }[] {
  return Object.entries(router._def.procedures as Record<string, ProcedureDef>)
    .map(([path, procedure]) => ({ path, type: procedure._def.type }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** How a procedure of this kind is called over HTTP: queries by GET, the rest by POST. */
export const httpMethodOf = (type: ProcedureKind): 'GET' | 'POST' => (type === 'query' ? 'GET' : 'POST');

import { mutationProcedure, roleProcedure, router } from '@sanbao/trpc';
import type { PartsDeps } from '../parts-deps.ts';
import { listProvidersInput, providerIdInput, upsertProviderInput } from './providers.schemas.ts';
import { getProvider, listProviders, saveProvider } from './providers.service.ts';

/** Service providers: admins maintain them; a provider reads only itself. */
export function createProvidersRouter({ db }: PartsDeps) {
  const mutation = mutationProcedure(db);
  return router({
    upsert: mutation('admin')
      .input(upsertProviderInput)
      .mutation(({ ctx, input: { idempotencyKey: _key, ...provider } }) => saveProvider(ctx.db, provider)),
    get: roleProcedure('provider', 'manager', 'admin', 'finance', 'system')
      .input(providerIdInput)
      .query(({ ctx, input }) => getProvider(db, ctx.user, input.providerId)),
    list: roleProcedure('manager', 'admin', 'finance', 'system')
      .input(listProvidersInput)
      .query(({ input }) => listProviders(db, input)),
  });
}

import { roleProcedure, router } from '@sanbao/trpc';
import { idempotent } from '@sanbao/trpc/idempotency';
import type { PartsDeps } from '../parts-deps.ts';
import { listProvidersInput, providerIdInput, upsertProviderInput } from './providers.schemas.ts';
import { getProvider, listProviders, saveProvider } from './providers.service.ts';

/** Service providers: admins maintain them; a provider reads only itself. */
export function createProvidersRouter({ db, idempotency }: PartsDeps) {
  return router({
    upsert: roleProcedure('admin')
      .use(idempotent(idempotency))
      .input(upsertProviderInput)
      .mutation(({ input: { idempotencyKey: _key, ...provider } }) => saveProvider(db, provider)),
    get: roleProcedure('provider', 'manager', 'admin', 'finance', 'system')
      .input(providerIdInput)
      .query(({ ctx, input }) => getProvider(db, ctx.user, input.providerId)),
    list: roleProcedure('manager', 'admin', 'finance', 'system')
      .input(listProvidersInput)
      .query(({ input }) => listProviders(db, input)),
  });
}

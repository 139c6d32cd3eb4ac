import { roleProcedure, router } from '@sanbao/trpc';
import type { PartsDeps } from '../parts-deps.ts';
import { providerIdInput } from '../providers/providers.schemas.ts';
import { getExposure } from './exposure.service.ts';

export function createExposureRouter({ db }: PartsDeps) {
  return router({
    get: roleProcedure('provider', 'manager', 'finance', 'admin', 'system')
      .input(providerIdInput)
      .query(({ ctx, input }) => getExposure(db, ctx.user, input.providerId)),
  });
}

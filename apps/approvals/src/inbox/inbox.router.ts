import { mutationProcedure, roleProcedure, router } from '@sanbao/trpc';
import type { ApprovalsDeps } from '../approvals-deps.ts';
import { decideInput, listInboxInput } from './inbox.schemas.ts';
import { decideTask, listInbox } from './inbox.service.ts';

export function createInboxRouter(deps: ApprovalsDeps) {
  const mutation = mutationProcedure(deps.db);
  return router({
    /** Providers and warehouse staff never see the inbox. */
    list: roleProcedure('manager', 'admin', 'finance')
      .input(listInboxInput)
      .query(({ ctx, input }) => listInbox(deps, ctx.user, input)),
    decide: mutation('manager')
      .input(decideInput)
      .mutation(({ ctx, input }) => decideTask({ ...deps, db: ctx.db }, ctx.user, input)),
  });
}

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
    /** Managers decide requests, finance a month's settlement; the workflow's validator checks the task's role. */
    decide: mutation('manager', 'finance')
      .input(decideInput)
      .mutation(({ ctx, input }) => decideTask({ ...deps, db: ctx.db }, ctx.user, input)),
  });
}

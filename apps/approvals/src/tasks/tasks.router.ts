import { internalProcedure, mutationProcedure, router } from '@sanbao/trpc';
import type { ApprovalsDeps } from '../approvals-deps.ts';
import { closeTaskInput, escalateTaskInput, openTaskInput, remindTaskInput } from './tasks.schemas.ts';
import { closeTask, escalateTask, openExceptionTaskIds, openTask, remindTask } from './tasks.service.ts';

/** Internal: the approval workflows' activities (system token) keep the inbox current. */
export function createTasksRouter({ db, clock }: ApprovalsDeps) {
  const mutation = mutationProcedure(db);
  return router({
    open: mutation('system')
      .input(openTaskInput)
      .mutation(({ ctx, input }) => openTask(ctx.db, ctx.user, input, clock())),
    remind: mutation('system')
      .input(remindTaskInput)
      .mutation(({ ctx, input }) => remindTask(ctx.db, ctx.user, input, clock())),
    escalate: mutation('system')
      .input(escalateTaskInput)
      .mutation(({ ctx, input }) => escalateTask(ctx.db, ctx.user, input, clock())),
    close: mutation('system')
      .input(closeTaskInput)
      .mutation(({ ctx, input }) => closeTask(ctx.db, ctx.user, input, clock())),
    /** The exceptions supervision closes the open exception tasks whose item has moved. */
    openExceptions: internalProcedure.query(() => openExceptionTaskIds(db)),
  });
}

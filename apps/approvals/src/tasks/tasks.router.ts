import { internalProcedure, mutationProcedure, router } from '@sanbao/trpc';
import type { ApprovalsDeps } from '../approvals-deps.ts';
import { closeTaskInput, escalateTaskInput, openTaskInput, remindTaskInput } from './tasks.schemas.ts';
import { closeTask, escalateTask, openExceptionTaskIds, openTask, remindTask, type TaskCall } from './tasks.service.ts';

/** Internal: the approval workflows' activities (system token) keep the inbox current. */
export function createTasksRouter({ db, clock }: ApprovalsDeps) {
  const system = mutationProcedure(db)('system');
  const call = ({ db, user }: Pick<TaskCall, 'db' | 'user'>): TaskCall => ({ db, user, now: clock() });
  return router({
    open: system.input(openTaskInput).mutation(({ ctx, input }) => openTask(call(ctx), input)),
    remind: system.input(remindTaskInput).mutation(({ ctx, input }) => remindTask(call(ctx), input)),
    escalate: system.input(escalateTaskInput).mutation(({ ctx, input }) => escalateTask(call(ctx), input)),
    close: system.input(closeTaskInput).mutation(({ ctx, input }) => closeTask(call(ctx), input)),
    /** The exceptions supervision closes the open exception tasks whose item has moved. */
    openExceptions: internalProcedure.query(() => openExceptionTaskIds(db)),
  });
}

import { serviceRouter } from '@sanbao/trpc';
import type { ApprovalsDeps } from './approvals-deps.ts';
import { createInboxRouter } from './inbox/inbox.router.ts';
import { createPoliciesRouter } from './policies/policies.router.ts';
import { createTasksRouter } from './tasks/tasks.router.ts';
import { createTimelineRouter } from './timeline/timeline.router.ts';

export const createApprovalsRouter = (deps: ApprovalsDeps) =>
  serviceRouter(deps, {
    inbox: createInboxRouter,
    tasks: createTasksRouter,
    timeline: createTimelineRouter,
    policies: createPoliciesRouter,
  });

/** The contract: web, the gateway and the worker's activities import this type only. */
export type ApprovalsRouter = ReturnType<typeof createApprovalsRouter>;

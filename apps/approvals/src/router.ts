import { router } from '@sanbao/trpc';
import type { ApprovalsDeps } from './approvals-deps.ts';
import { createInboxRouter } from './inbox/inbox.router.ts';
import { createPoliciesRouter } from './policies/policies.router.ts';
import { createTasksRouter } from './tasks/tasks.router.ts';
import { createTimelineRouter } from './timeline/timeline.router.ts';

export type ApprovalsRouterDeps = ApprovalsDeps;

export function createApprovalsRouter(deps: ApprovalsRouterDeps) {
  return router({
    inbox: createInboxRouter(deps),
    tasks: createTasksRouter(deps),
    timeline: createTimelineRouter(deps),
    policies: createPoliciesRouter(deps),
  });
}

/** The contract: web, the gateway and the worker's activities import this type only. */
export type ApprovalsRouter = ReturnType<typeof createApprovalsRouter>;

import { roleProcedure, router } from '@sanbao/trpc';
import { z } from 'zod';
import type { ApprovalsDeps } from '../approvals-deps.ts';
import { workflowIdSchema } from '../shared/fields.ts';
import { requestTimeline } from './timeline.service.ts';

export function createTimelineRouter(deps: ApprovalsDeps) {
  return router({
    get: roleProcedure('manager', 'admin', 'finance')
      .input(z.object({ workflowId: workflowIdSchema }))
      .query(({ input }) => requestTimeline(deps, input.workflowId)),
  });
}

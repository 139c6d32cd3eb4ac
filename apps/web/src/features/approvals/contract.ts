import type { ApprovalsRouter } from '@sanbao/approvals/router';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export type { ApprovalsRouter };

type Inputs = inferRouterInputs<ApprovalsRouter>;
type Outputs = inferRouterOutputs<ApprovalsRouter>;

export type InboxListInput = Inputs['inbox']['list'];
export type InboxListOutput = Outputs['inbox']['list'];
export type DecideOutput = Outputs['inbox']['decide'];
/** One level of one approval step waiting (or once waiting) for a decision. */
export type InboxTask = Outputs['inbox']['list']['items'][number];
export type RequestType = InboxTask['requestType'];
export type TaskState = InboxTask['state'];
export type RequestTimeline = Outputs['timeline']['get'];
export type TimelineStep = RequestTimeline['steps'][number];

export const taskStates = [
  'pending',
  'decided',
  'escalated',
  'timed_out',
  'closed',
] as const satisfies readonly TaskState[];
export const approvalLevels = [1, 2, 3] as const;

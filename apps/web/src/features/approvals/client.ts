import { createTRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { codeOf, httpStatusOf } from '../../api/errors.ts';
import { queryClient } from '../../api/query-client.ts';
import { link } from '../../api/trpc.ts';
import type { ApprovalsRouter, InboxTask } from './contract.ts';

/** Lives in the inbox's own chunk: only managers' pages load it. */
export const approvalsClient = createTRPCClient<ApprovalsRouter>({ links: [link('approvals')] });
export const approvals = createTRPCOptionsProxy<ApprovalsRouter>({ client: approvalsClient, queryClient });

/** The gateway answers a bare 404 (no tRPC code) for a service it does not route to. */
export const approvalsUnavailable = (error: unknown) => httpStatusOf(error) === 404 && codeOf(error) === undefined;

/** The business record behind a task, from its workflow id (`parts-request:12`, `claim:7`). */
export function subjectOf(task: Pick<InboxTask, 'workflowId'>): { kind: 'parts_request' | 'claim'; id: number } | null {
  const match = /^(parts-request|claim):(\d+)$/.exec(task.workflowId);
  if (!match) return null;
  return { kind: match[1] === 'claim' ? 'claim' : 'parts_request', id: Number(match[2]) };
}

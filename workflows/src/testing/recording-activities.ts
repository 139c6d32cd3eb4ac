import { Context } from '@temporalio/activity';
import { eventually } from '@sanbao/testing';
import type { InboxActivities } from '../approvals/approval.activities.ts';
import type { ApprovalPolicy } from '../approvals/approval.contracts.ts';
import type { ApprovalPolicies, PolicyActivities, PolicyKind } from '../approvals/approval-policy.contracts.ts';

export interface ActivityCall {
  name: string;
  workflowId: string;
  input: unknown;
}

/** A log of every (fake) activity call, by the workflow that made it. */
export class CallLog {
  readonly calls: ActivityCall[] = [];

  record(name: string, input: unknown) {
    this.calls.push({ name, workflowId: Context.current().info.workflowExecution?.workflowId ?? '', input });
  }

  of(workflowId: string, name?: string): ActivityCall[] {
    return this.calls.filter((c) => c.workflowId === workflowId && (name === undefined || c.name === name));
  }

  /** The calls of `name` once at least `count` were made: activities run after the status shows their step. */
  recorded(workflowId: string, name: string, count = 1): Promise<ActivityCall[]> {
    return eventually(
      async () => this.of(workflowId, name),
      (calls) => calls.length >= count,
    );
  }

  names(workflowId: string): string[] {
    return this.of(workflowId).map((c) => c.name);
  }
}

/** The inbox activities as fakes that only record: the approvals service provides the real ones later. */
export function recordingInbox(log: CallLog): InboxActivities {
  return {
    openInboxTask: async (input) => log.record('openInboxTask', input),
    remindInboxTask: async (input) => log.record('remindInboxTask', input),
    escalateInboxTask: async (input) => log.record('escalateInboxTask', input),
    closeInboxTask: async (input) => log.record('closeInboxTask', input),
  };
}

/**
 * `loadApprovalPolicy` as a fake: the policy of a kind is `defaults[kind]`, unless a test set one for a
 * workflow id in `perWorkflow` (so one test file runs workflows under different policies).
 */
export function fakePolicies(
  log: CallLog,
  defaults: Partial<ApprovalPolicies>,
  perWorkflow = new Map<string, Partial<ApprovalPolicies>>(),
): PolicyActivities & { perWorkflow: typeof perWorkflow } {
  return {
    perWorkflow,
    async loadApprovalPolicy<K extends PolicyKind>(kind: K) {
      log.record('loadApprovalPolicy', kind);
      const workflowId = Context.current().info.workflowExecution?.workflowId ?? '';
      const policy = (perWorkflow.get(workflowId)?.[kind] ?? defaults[kind]) as ApprovalPolicies[K] | undefined;
      if (!policy) throw new Error(`no ${kind} policy in this test`);
      return { ...policy, version: 1 };
    },
  };
}

/** A chain of three manager levels (1 service manager, 2 senior manager, 3 head of service). */
export const managerChain = (levelOneSlaMs = 30_000, laterSlaMs = 30_000): ApprovalPolicy['chain'] => [
  { candidate: { role: 'manager', level: 1 }, slaMs: levelOneSlaMs },
  { candidate: { role: 'manager', level: 2 }, slaMs: laterSlaMs },
  { candidate: { role: 'manager', level: 3 }, slaMs: laterSlaMs },
];

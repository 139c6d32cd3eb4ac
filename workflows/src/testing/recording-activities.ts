import { Context } from '@temporalio/activity';
import type { InboxActivities } from '../approvals/approval.activities.ts';

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

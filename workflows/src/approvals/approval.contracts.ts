import { defineQuery, defineUpdate } from '@temporalio/workflow';

export type Decision = 'approve' | 'reject';

/** Who decides: the caller's subject and role, as the approvals service read them from the token. */
export interface Decider {
  sub: string;
  role: string;
}

/** What `inbox.decide` delivers to the waiting workflow. */
export interface DecideInput {
  taskId: string;
  decision: Decision;
  comment?: string | undefined;
  decidedBy: Decider;
  /** Who raised the request, as the inbox row knows it; nobody decides their own request. */
  requestedBy?: string | undefined;
}

/** The workflow's answer to a decision it accepted. */
export interface DecideResult {
  taskId: string;
  decision: Decision;
  level: number;
  decidedAt: string;
  slaMet: boolean;
}

/**
 * The decision Update. Its validator refuses — leaving nothing in the history — with an ApplicationFailure
 * (the cause of the client's WorkflowUpdateFailedError) whose `type` is the code to answer with:
 * BAD_REQUEST (malformed, or a rejection without a comment), CONFLICT (the task is not or no longer
 * open), FORBIDDEN (the caller's role is not the level's candidate role, or it is their own request or
 * they approved an earlier level).
 */
export const decideUpdate = defineUpdate<DecideResult, [DecideInput]>('decide');

/** One level of the escalation chain: who may decide there and how long they have. */
export interface ApprovalLevel {
  candidateRole: string;
  slaMs: number;
}

/**
 * The approval policy a workflow runs under (the approvals service keeps it as versioned data and
 * passes it at start): the chain from level 1 upwards and how long before a deadline to remind.
 */
export interface ApprovalPolicy {
  chain: ApprovalLevel[];
  reminderLeadMs: number;
}

/** The request an inbox task is about. */
export interface InboxSubject {
  requestType: 'parts_request' | 'claim' | 'return_tag';
  reference: string;
  summary: string;
  requestedBy?: string | undefined;
}

/** The decision open right now, as the inbox row shows it. */
export interface OpenTask {
  taskId: string;
  step: string;
  level: number;
  candidateRole: string;
  openedAt: string;
  dueAt: string;
}

/** One step of a request's timeline: who, when, what, and whether it kept its deadline. */
export interface StepRecord {
  step: string;
  startedAt: string;
  endedAt?: string | undefined;
  outcome?: string | undefined;
  detail?: string | undefined;
  taskId?: string | undefined;
  level?: number | undefined;
  candidateRole?: string | undefined;
  dueAt?: string | undefined;
  remindedAt?: string | undefined;
  decidedBy?: Decider | undefined;
  comment?: string | undefined;
  slaMet?: boolean | undefined;
}

/** What the `status` query answers for every approval workflow. */
export interface WorkflowStatus {
  /**
   * Where the workflow is. partsRequestApproval: checking, awaiting_approval, approving, rejecting,
   * rejected, reserving, backordered, awaiting_shipment, awaiting_receipt, received, stopped.
   * claimApproval: checking, awaiting_approval, in_progress, settling, completed, rejected, stopped.
   * oldPartReturn: awaiting_return, declaring_overdue, awaiting_receipt, charged_back,
   * awaiting_inspection, returned.
   */
  stage: string;
  /** The next deadline the workflow is waiting on, if any. */
  deadline: string | null;
  openTask: OpenTask | null;
  history: StepRecord[];
}

export const statusQuery = defineQuery<WorkflowStatus>('status');

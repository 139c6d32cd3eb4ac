import { defineQuery, defineUpdate } from '@temporalio/workflow';

export type Decision = 'approve' | 'reject';

/** Who decides: the caller's subject and role, as the approvals service read them from the token. */
export interface Decider {
  sub: string;
  role: string;
  /** A manager's approval level from the token (1 service manager, 2 senior manager, 3 head of service). */
  approvalLevel?: number | undefined;
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
 * open), FORBIDDEN (the caller's role is not the level's candidate role, their approval level is below the
 * level's, or it is their own request or they approved an earlier level).
 */
export const decideUpdate = defineUpdate<DecideResult, [DecideInput]>('decide');

/** Who may decide at a level: a role, and for managers the lowest approval level that may. */
export interface Candidate {
  role: string;
  level: number;
}

/** One level of the escalation chain: who may decide there and how long they have. */
export interface ApprovalLevel {
  candidate: Candidate;
  slaMs: number;
}

/**
 * The approval policy a workflow runs under (the approvals service keeps it as versioned data; the
 * workflow loads it through `loadApprovalPolicy`): the chain from level 1 upwards and how long before a
 * deadline to remind.
 */
export interface ApprovalPolicy {
  chain: ApprovalLevel[];
  reminderLeadMs: number;
}

/** The kinds of request the approvals service keeps inbox rows and a policy for. */
export const requestTypes = [
  'parts_request',
  'claim',
  'old_part_return',
  'exception',
  'quota_overrun',
  'settlement_period',
] as const;
export type RequestType = (typeof requestTypes)[number];

/** The request an inbox task is about. */
export interface InboxSubject {
  requestType: RequestType;
  reference: string;
  summary: string;
  requestedBy?: string | undefined;
  /** The provider the request belongs to, so the inbox can be filtered by it. */
  providerId?: string | undefined;
}

/** The decision open right now, as the inbox row shows it. */
export interface OpenTask {
  taskId: string;
  step: string;
  level: number;
  candidate: Candidate;
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
  candidate?: Candidate | undefined;
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
   * awaiting_inspection, returned. quotaOverrunApproval: checking, awaiting_approval, releasing, released,
   * refusing, refused, stopped. settlementCycle: closing, issuing, awaiting_confirmation,
   * resolving_disputes, awaiting_approval, approving, ready_for_payment, rejected, stopped.
   */
  stage: string;
  /** The next deadline the workflow is waiting on, if any. */
  deadline: string | null;
  openTask: OpenTask | null;
  history: StepRecord[];
}

export const statusQuery = defineQuery<WorkflowStatus>('status');

import type { ApprovalPolicy } from '../approvals/approval.contracts.ts';

/** One cycle per period: a second start finds the first. */
export const settlementCycleWorkflowId = (period: string) => `settlement-cycle:${period}`;

/** Durations in milliseconds, from the starter's configuration. */
export interface SettlementCycleTimings {
  /** How long a provider has to confirm or dispute an issued statement before it is confirmed for them. */
  confirmWithinMs: number;
  /** How long before that deadline the providers still silent are reminded (0: no reminder). */
  reminderLeadMs: number;
  /** How often disputed statements are looked at again while finance resolves them. */
  disputePollMs: number;
}

export interface SettlementCycleInput {
  /** The month to settle, 'YYYY-MM'. */
  period: string;
  timings: SettlementCycleTimings;
  /** Finance's approval of the period's statements, through the approvals inbox. */
  approval: ApprovalPolicy;
}

export interface SettlementCycleResult {
  outcome: 'ready_for_payment' | 'rejected' | 'nothing_to_settle' | 'stopped';
  period: string;
  /** Statements approved and waiting for payment. */
  readyForPayment: number[];
  autoConfirmed: number[];
  approvedBy: string | null;
  reason?: string | undefined;
}

/** A statement as the cycle follows it. */
export interface CycleStatement {
  statementId: number;
  number: string;
  providerId: string;
  state: string;
  /** Disputed lines finance has not resolved yet. */
  openDisputes: number;
}

/** The schedule that settles each month once it has ended. */
export const settlementMonthScheduleId = 'settlement-month';

/** The schedule's run passes nothing: the month just ended; a person may name the month to settle. */
export interface SettlementMonthInput {
  period?: string | undefined;
}

export interface SettlementMonthResult {
  period: string;
  /** The month's cycle: `settlement-cycle:<period>`. */
  cycleWorkflowId: string;
  /** False when the month's cycle had already been started: nothing was started twice. */
  started: boolean;
  /** The version of the `settlement_period` policy the cycle was started under. */
  policyVersion: number;
}

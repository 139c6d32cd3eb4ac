import type { SettlementCycleTimings } from '../settlement-cycle/settlement-cycle.contracts.ts';
import type { ApprovalPolicy } from './approval.contracts.ts';

/** The policy a parts request runs under. */
export interface PartsRequestApprovalPolicy {
  /** A request worth less than this (integer fen) that passes every check is approved without a person. */
  autoApprovalLimitFen: number;
  approval: ApprovalPolicy;
}

/** The policy a claim's remedy runs under. */
export interface ClaimApprovalPolicy {
  /** A replacement or refund worth at least this (integer fen) needs a manager. */
  managerThresholdFen: number;
  /** At least this, and it needs a second approval one level up. */
  secondLevelThresholdFen: number;
  approval: ApprovalPolicy;
}

/** The policy an old part owed back runs under. */
export interface OldPartReturnPolicy {
  /** How long before the tag becomes overdue the provider is reminded. */
  reminderLeadMs: number;
  /** After a chargeback for a part not sent back, how long a late arrival is still awaited. */
  lateArrivalWaitMs: number;
}

/** The policy of the exception tasks the supervision scan opens. */
export interface ExceptionPolicy {
  approval: ApprovalPolicy;
  /** A claim still open this long after it was raised is an exception. */
  claimOpenSeconds: number;
  /** A parts request sitting in one state this long is an exception. */
  requestStuckSeconds: number;
}

/** The policy of a settlement line held beyond its provider's monthly budget (额度管控). */
export interface QuotaOverrunPolicy {
  approval: ApprovalPolicy;
}

/** The policy a month's settlement cycle runs under: the providers' confirmation window and finance's approval. */
export interface SettlementPeriodPolicy {
  timings: SettlementCycleTimings;
  /** One level: finance approves the period's statements for payment. */
  approval: ApprovalPolicy;
}

/** Each kind's policy, as `loadApprovalPolicy(kind)` answers it (durations in milliseconds). */
export interface ApprovalPolicies {
  parts_request: PartsRequestApprovalPolicy;
  claim: ClaimApprovalPolicy;
  old_part_return: OldPartReturnPolicy;
  exception: ExceptionPolicy;
  quota_overrun: QuotaOverrunPolicy;
  settlement_period: SettlementPeriodPolicy;
}

export type PolicyKind = keyof ApprovalPolicies;

/** The activity every approval workflow calls first: the current policy version of its kind. */
export interface PolicyActivities {
  loadApprovalPolicy<K extends PolicyKind>(kind: K): Promise<ApprovalPolicies[K] & { version: number }>;
}

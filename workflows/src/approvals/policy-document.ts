import type { ApprovalPolicy } from './approval.contracts.ts';
import type { ApprovalPolicies, PolicyKind } from './approval-policy.contracts.ts';

/** One level of a stored chain: level 1 service manager, 2 senior manager, 3 head of service. */
export interface StoredChainLevel {
  level: number;
  slaSeconds: number;
}

interface StoredApproval {
  chain: StoredChainLevel[];
  reminderLeadSeconds: number;
}

/** The policy documents as the approvals service stores and answers them (durations in seconds). */
export interface PolicyDocuments {
  parts_request: StoredApproval & { autoApprovalLimitFen: number };
  claim: StoredApproval & { managerThresholdFen: number; secondLevelThresholdFen: number };
  old_part_return: { reminderLeadSeconds: number; lateArrivalWaitSeconds: number };
  exception: StoredApproval & { claimOpenSeconds: number; requestStuckSeconds: number };
  quota_overrun: StoredApproval;
  settlement_period: {
    /** How long finance has to approve the period's statements, and how long before that it is reminded. */
    slaSeconds: number;
    reminderLeadSeconds: number;
    /** How long a provider has to confirm or dispute its statement before it is confirmed for it. */
    confirmWithinSeconds: number;
    /** How long before that deadline a silent provider is reminded (0: never). */
    providerReminderLeadSeconds: number;
    /** How often the cycle looks again at disputes finance has not resolved. */
    disputePollSeconds: number;
  };
}

const seconds = (s: number) => s * 1000;

/** A stored chain as the workflows run it: every level is decided by a manager of at least that level. */
export const approvalOf = ({ chain, reminderLeadSeconds }: StoredApproval): ApprovalPolicy => ({
  chain: [...chain]
    .sort((a, b) => a.level - b.level)
    .map((l) => ({ candidate: { role: 'manager', level: l.level }, slaMs: seconds(l.slaSeconds) })),
  reminderLeadMs: seconds(reminderLeadSeconds),
});

/** The stored document of `kind` in the shape its workflow reads. */
export function workflowPolicyOf<K extends PolicyKind>(kind: K, document: PolicyDocuments[K]): ApprovalPolicies[K] {
  const shapes: { [P in PolicyKind]: (d: PolicyDocuments[P]) => ApprovalPolicies[P] } = {
    parts_request: (d) => ({ autoApprovalLimitFen: d.autoApprovalLimitFen, approval: approvalOf(d) }),
    claim: (d) => ({
      managerThresholdFen: d.managerThresholdFen,
      secondLevelThresholdFen: d.secondLevelThresholdFen,
      approval: approvalOf(d),
    }),
    old_part_return: (d) => ({
      reminderLeadMs: seconds(d.reminderLeadSeconds),
      lateArrivalWaitMs: seconds(d.lateArrivalWaitSeconds),
    }),
    exception: (d) => ({
      approval: approvalOf(d),
      claimOpenSeconds: d.claimOpenSeconds,
      requestStuckSeconds: d.requestStuckSeconds,
    }),
    quota_overrun: (d) => ({ approval: approvalOf(d) }),
    // Finance decides, whatever its approval level: the chain has one level.
    settlement_period: (d) => ({
      timings: {
        confirmWithinMs: seconds(d.confirmWithinSeconds),
        reminderLeadMs: seconds(d.providerReminderLeadSeconds),
        disputePollMs: seconds(d.disputePollSeconds),
      },
      approval: {
        chain: [{ candidate: { role: 'finance', level: 0 }, slaMs: seconds(d.slaSeconds) }],
        reminderLeadMs: seconds(d.reminderLeadSeconds),
      },
    }),
  };
  return shapes[kind](document);
}

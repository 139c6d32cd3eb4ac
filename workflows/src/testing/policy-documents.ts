import type { PolicyDocuments } from '../approvals/policy-document.ts';

/** Stored policy documents as the approvals service answers them, for activity tests. */
export const demoLikePolicies: PolicyDocuments = {
  parts_request: {
    autoApprovalLimitFen: 50_000,
    chain: [
      { level: 1, slaSeconds: 4 * 3600 },
      { level: 2, slaSeconds: 8 * 3600 },
    ],
    reminderLeadSeconds: 3600,
  },
  claim: {
    managerThresholdFen: 100_000,
    secondLevelThresholdFen: 500_000,
    chain: [{ level: 1, slaSeconds: 60 }],
    reminderLeadSeconds: 0,
  },
  old_part_return: { reminderLeadSeconds: 72 * 3600, lateArrivalWaitSeconds: 30 * 86_400 },
  exception: {
    chain: [{ level: 3, slaSeconds: 86_400 }],
    reminderLeadSeconds: 0,
    claimOpenSeconds: 7 * 86_400,
    requestStuckSeconds: 48 * 3600,
  },
  quota_overrun: {
    chain: [
      { level: 1, slaSeconds: 24 * 3600 },
      { level: 2, slaSeconds: 48 * 3600 },
    ],
    reminderLeadSeconds: 2 * 3600,
  },
  settlement_period: {
    slaSeconds: 3 * 86_400,
    reminderLeadSeconds: 86_400,
    confirmWithinSeconds: 7 * 86_400,
    providerReminderLeadSeconds: 2 * 86_400,
    disputePollSeconds: 3600,
  },
};

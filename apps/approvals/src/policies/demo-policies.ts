import type { PolicyDocuments, PolicyKind } from '@sanbao/workflows/contracts';

const hours = (h: number) => h * 3600;

/**
 * The policy a new installation starts with, in production-like hours: level 1 (service manager) has
 * a working half-day, level 2 a day, the head of service two; reminders an hour or two ahead.
 */
export const demoPolicies: { [K in PolicyKind]: PolicyDocuments[K] } = {
  parts_request: {
    autoApprovalLimitFen: 50_000,
    chain: [
      { level: 1, slaSeconds: hours(4) },
      { level: 2, slaSeconds: hours(8) },
      { level: 3, slaSeconds: hours(24) },
    ],
    reminderLeadSeconds: hours(1),
  },
  claim: {
    managerThresholdFen: 100_000,
    secondLevelThresholdFen: 500_000,
    chain: [
      { level: 1, slaSeconds: hours(24) },
      { level: 2, slaSeconds: hours(24) },
      { level: 3, slaSeconds: hours(48) },
    ],
    reminderLeadSeconds: hours(2),
  },
  old_part_return: { reminderLeadSeconds: hours(72), lateArrivalWaitSeconds: hours(30 * 24) },
  // Exceptions go to the head of service: a claim open a week, a parts request stuck two days in a state.
  exception: {
    chain: [{ level: 3, slaSeconds: hours(24) }],
    reminderLeadSeconds: hours(4),
    claimOpenSeconds: hours(7 * 24),
    requestStuckSeconds: hours(48),
  },
  // A settlement line beyond its provider's monthly budget: a service manager within a working day, then
  // a senior manager; the head of service last.
  quota_overrun: {
    chain: [
      { level: 1, slaSeconds: hours(24) },
      { level: 2, slaSeconds: hours(48) },
      { level: 3, slaSeconds: hours(72) },
    ],
    reminderLeadSeconds: hours(4),
  },
  // A month's statements: providers answer within a week (reminded two days before), finance approves
  // within three days; disputes are looked at again every hour.
  settlement_period: {
    slaSeconds: hours(72),
    reminderLeadSeconds: hours(24),
    confirmWithinSeconds: hours(7 * 24),
    providerReminderLeadSeconds: hours(48),
    disputePollSeconds: hours(1),
  },
};

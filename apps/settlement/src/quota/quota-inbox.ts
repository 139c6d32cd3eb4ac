/** A line held beyond its provider's monthly budget, waiting for a manager's decision. */
export interface QuotaOverrun {
  lineId: number;
  claimId: string;
  providerId: string;
  period: string;
  amountFen: number;
  budgetFen: number;
  /** Σ of the provider's lines in the period before this one (held ones included). */
  usedFen: number;
}

/**
 * Where a quota overrun goes for a manager's decision: the approvals service's inbox. The manager's
 * answer comes back as `lines.release` or `lines.refuse`. Until that inbox is wired in, the service
 * runs with `unroutedQuotaInbox`: held lines are listed by `quota.held` for managers to decide.
 */
export interface QuotaInbox {
  submit(overrun: QuotaOverrun): Promise<void>;
}

export const unroutedQuotaInbox: QuotaInbox = { submit: async () => {} };

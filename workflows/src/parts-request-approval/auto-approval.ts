/** What the check step learned about a submitted parts request. */
export interface PartsRequestFacts {
  requestId: number;
  requestNumber: string;
  providerId: string;
  purpose: 'warranty' | 'paid_repair' | 'stock';
  status: string;
  totalValueFen: number;
  overCreditLimit: boolean;
  createdBy: string;
  /** Warranty requests: is the claim still covered? null when the request has no claim. */
  claimCovered: boolean | null;
  /** Warranty requests: is every part in the unit model's BOM? null when there is no model to check. */
  inBom: boolean | null;
}

export type AutoApprovalVerdict = { auto: true } | { auto: false; reasons: string[] };

/**
 * Auto-approval needs every check to pass and a value below the limit; otherwise the reasons go to the
 * person deciding. Pure: the workflow runs it on the facts an activity gathered.
 */
export function autoApprovalVerdict(facts: PartsRequestFacts, autoApprovalLimitFen: number): AutoApprovalVerdict {
  const reasons: string[] = [];
  if (facts.claimCovered === false) reasons.push('the claim is no longer covered by warranty');
  if (facts.inBom === false) reasons.push("a part is not in the unit model's BOM");
  if (facts.overCreditLimit) reasons.push('the request takes the provider past its credit limit');
  if (facts.totalValueFen >= autoApprovalLimitFen)
    reasons.push(
      `its value ${facts.totalValueFen} fen is not below the auto-approval limit of ${autoApprovalLimitFen} fen`,
    );
  return reasons.length === 0 ? { auto: true } : { auto: false, reasons };
}

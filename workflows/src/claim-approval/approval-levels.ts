/** Remedies that hand over money or a new unit: these need approval above the thresholds. */
export const remediesNeedingApproval: readonly string[] = ['replace', 'refund', 'no_reason_return'];

/** How many approvals a claim's remedy needs: none, a manager, or a manager and the level above. */
export function approvalsNeeded(
  remedy: string,
  valueFen: number,
  policy: { managerThresholdFen: number; secondLevelThresholdFen: number },
): 0 | 1 | 2 {
  if (!remediesNeedingApproval.includes(remedy)) return 0;
  if (valueFen >= policy.secondLevelThresholdFen) return 2;
  if (valueFen >= policy.managerThresholdFen) return 1;
  return 0;
}

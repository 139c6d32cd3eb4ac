// Public API of @sanbao/warranty-rules: the pure 三包 / no-reason-return eligibility engine.
export { adjudicate, safeAdjudicate } from './adjudicate.ts';
export type { AdjudicationResult } from './adjudicate.ts';
export {
  claimFactsSchema,
  parseClaimFacts,
  policySchema,
  saleSchema,
  claimSchema,
  repairSchema,
  replacementSchema,
} from './schema.ts';
export type { ClaimFactsInput } from './schema.ts';
export { ENGINE_VERSION } from './version.ts';
export { citations, citationFor, laws, RULE_IDS, chineseNumeral } from './citations.ts';
export type { EvidenceTag, Law, LawId, RuleCitation, ArticleRef } from './citations.ts';
export { annexPolicies } from './annex-policies.ts';
export type { AnnexPolicy } from './annex-policies.ts';
export { FLAGS, NO_REASON_GOODS } from './contract.ts';
export type {
  Bp,
  Claim,
  ClaimCalendar,
  ClaimCauses,
  ClaimFacts,
  Coverage,
  Day,
  Decision,
  Denial,
  Fen,
  Flag,
  Instant,
  NoReasonFacts,
  NoReasonGoods,
  PendingRepair,
  Policy,
  Regime,
  Remedy,
  RemedyKind,
  Repair,
  Replacement,
  Sale,
  SaleDocuments,
  SalesChannel,
  SeriousSafetyFault,
} from './contract.ts';
export {
  addDays,
  addMonths,
  addWorkingDays,
  cstDateOf,
  daysBetween,
  isDay,
  isInstant,
  isWorkingDay,
  repairDaysFromHours,
  rollPastHolidays,
} from './days.ts';
export { depreciationFen, depreciatedRefund, usageFee, usedDays, USAGE_FACTOR_CAP_BP } from './refund.ts';

// The engine entry point (the contract in docs/warranty-law.md): validate, derive the claim context, apply the rules of the regime
// (a category rule instead of R1995, precedence 2), then exclusions (default 8) and flags.
import type { z } from 'zod';
import type { ClaimFacts, Decision, Regime } from './contract.ts';
import { FLAGS } from './contract.ts';
import type { ClaimContext } from './claim-context.ts';
import { claimContext } from './claim-context.ts';
import { burdenOfProofOnOperator } from './burden-of-proof.ts';
import { applyExclusion, findExclusion } from './exclusions.ts';
import { Findings, foldDenials, foldRemedies } from './findings.ts';
import { adjudicateGeneral } from './general.ts';
import { adjudicateHouseholdCar, carThresholds } from './household-car.ts';
import { adjudicateMicrocomputer } from './microcomputer.ts';
import { adjudicateMobilePhone } from './mobile-phone.ts';
import { adjudicateNoReasonReturn, noReasonDeadline } from './no-reason.ts';
import { claimFactsSchema } from './schema.ts';
import { adjudicateUncatalogued } from './uncatalogued.ts';

const QUALITY_RULES: Readonly<Record<Regime, (ctx: ClaimContext, findings: Findings) => void>> = {
  general: adjudicateGeneral,
  mobile_phone: adjudicateMobilePhone,
  microcomputer: adjudicateMicrocomputer,
  household_car: adjudicateHouseholdCar,
  uncatalogued: adjudicateUncatalogued,
};

function adjudicateQuality(ctx: ClaimContext): Findings {
  let findings = new Findings();
  QUALITY_RULES[ctx.policy.regime](ctx, findings);
  const exclusion = findExclusion(ctx.facts);
  if (exclusion) {
    findings = applyExclusion(findings, exclusion);
    // Contract default 40: every decision on a car bought under CAR2013 is flagged for review, excluded or not.
    if (ctx.policy.regime === 'household_car' && carThresholds(ctx.facts.sale.invoiceDate).regulation === 'CAR2013')
      findings.flag(FLAGS.needsLegalReview);
  }
  if (burdenOfProofOnOperator(ctx)) findings.flag(FLAGS.burdenOfProofOnOperator);
  // A2: a quality return, replacement or repair moves at the operator's cost (unlike H15).
  if (findings.remedies.some((remedy) => remedy.free && remedy.kind !== 'paid_repair')) {
    findings.flag(FLAGS.operatorBearsTransportCosts);
  }
  return findings;
}

/**
 * Decides which remedies a claim is owed. Pure and deterministic: every date comes from the input.
 * Throws a ZodError when the input does not match the ClaimFacts shape (contract.ts).
 */
export function adjudicate(facts: ClaimFacts): Decision {
  const parsed = claimFactsSchema.parse(facts);
  const ctx = claimContext(parsed);
  const findings = parsed.claim.type === 'no_reason' ? noReasonFindings(ctx) : adjudicateQuality(ctx);
  // An unconfirmed policy value ([U]) can only have shaped a quality decision.
  if (parsed.claim.type === 'quality' && parsed.policy.needsLegalReview) findings.flag(FLAGS.needsLegalReview);

  const remedies = foldRemedies(findings.remedies);
  const decision: Decision = {
    remedies,
    denied: foldDenials(findings.denied, remedies),
    coverage: { ...ctx.coverage },
    flags: [...findings.flags].sort(),
  };
  const deadline = noReasonDeadline(parsed.sale, ctx.calendar.holidays);
  if (deadline !== undefined) {
    decision.noReasonDeadline = deadline;
    // Contract default 32: without a delivery record the deadline counts from the invoice date.
    if (parsed.sale.deliveredAt === undefined)
      decision.flags = [...new Set([...decision.flags, FLAGS.deliveryDateAssumed])].sort();
  }
  return decision;
}

function noReasonFindings(ctx: ClaimContext): Findings {
  const findings = new Findings();
  adjudicateNoReasonReturn(ctx, findings);
  return findings;
}

export type AdjudicationResult = { success: true; decision: Decision } | { success: false; error: z.ZodError };

/** adjudicate() for untrusted JSON: a validation failure is returned, not thrown. */
export function safeAdjudicate(input: unknown): AdjudicationResult {
  const parsed = claimFactsSchema.safeParse(input);
  if (!parsed.success) return { success: false, error: parsed.error };
  return { success: true, decision: adjudicate(parsed.data) };
}

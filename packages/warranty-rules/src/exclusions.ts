// B10 (R1995) and G15 (CAR2021 Art 32): facts that take a quality claim out of 三包 — the consumer
// may still have the product repaired for a fee (default 8).
import type { ClaimFacts } from './contract.ts';
import { Findings } from './findings.ts';

export interface Exclusion {
  rule: 'B10' | 'G15' | 'G2' | 'A1';
  reasons: string[];
}

const DISCLOSED_DEFECT = 'a defect disclosed in writing before the sale';

function carExclusion(facts: ClaimFacts): Exclusion | undefined {
  const causes = facts.claim.causes ?? {};
  const reasons: string[] = [];
  if (causes.misuse) reasons.push('damage from use or maintenance not as the manual or voucher requires');
  if (causes.unauthorizedDisassembly)
    reasons.push('damage from modification, adjustment or disassembly the manual forbids');
  if (causes.forceMajeure) reasons.push('damage from force majeure');
  if (causes.disclosedDefect) reasons.push(DISCLOSED_DEFECT);
  if (reasons.length > 0) return { rule: 'G15', reasons };
  // Contract default 35, rule G2: free repair is "on the voucher"; with no proof of purchase at all there is none.
  const documents = facts.sale.documents ?? {};
  if (!(documents.invoice ?? true) && !(documents.voucher ?? true) && !(documents.otherProofOfPurchase ?? false)) {
    return { rule: 'G2', reasons: ['neither an invoice nor a 三包 voucher nor other proof of purchase'] };
  }
  return undefined;
}

function b10Grounds(facts: ClaimFacts): string[] {
  const causes = facts.claim.causes ?? {};
  const reasons: string[] = [];
  if (causes.misuse) reasons.push('damage from improper use, maintenance or storage by the consumer');
  if (causes.unauthorizedDisassembly) reasons.push('damage from disassembly by someone other than the 三包 repairer');
  if (causes.forceMajeure) reasons.push('damage from force majeure');
  const documents = facts.sale.documents ?? {};
  // B10(3) edge [I]: excluded only when the purchase cannot be established by any evidence (B2 commentary, C10, E2).
  if (!(documents.invoice ?? true) && !(documents.voucher ?? true) && !(documents.otherProofOfPurchase ?? false)) {
    reasons.push('neither a 三包 voucher nor a valid invoice nor other proof of purchase');
  }
  if (documents.voucherModelMatches === false) reasons.push('the 三包 voucher names another model than the product');
  if (documents.voucherAltered) reasons.push('the 三包 voucher was altered');
  return reasons;
}

/**
 * Contract defaults 8, 19, 35: the ground that takes a quality claim out of 三包. A defect disclosed in
 * writing before the sale (CPL Art 23 ¶1) excludes in every regime: G15 for cars, B10 for catalogued
 * goods, A1 for uncatalogued goods when it is the only ground.
 */
export function findExclusion(facts: ClaimFacts): Exclusion | undefined {
  if (facts.policy.regime === 'household_car') return carExclusion(facts);
  const reasons = b10Grounds(facts);
  const disclosed = facts.claim.causes?.disclosedDefect === true;
  if (disclosed) reasons.push(DISCLOSED_DEFECT);
  if (reasons.length === 0) return undefined;
  const onlyDisclosed = disclosed && reasons.length === 1;
  return { rule: onlyDisclosed && facts.policy.regime === 'uncatalogued' ? 'A1' : 'B10', reasons };
}

/** Default 8: only a paid repair; everything the rules would otherwise consider is denied under B10/G15. */
export function applyExclusion(considered: Findings, exclusion: Exclusion): Findings {
  const excluded = new Findings();
  const because = exclusion.reasons.join('; ');
  excluded.grant('paid_repair', exclusion.rule, {
    free: false,
    note: `Not covered by 三包: ${because}. The product may be repaired for a fee.`,
  });
  const kinds = new Set([...considered.remedies, ...considered.denied].map((entry) => entry.kind));
  kinds.add('repair');
  kinds.delete('paid_repair');
  for (const kind of kinds) excluded.deny(kind, exclusion.rule, `Excluded from 三包 (${exclusion.rule}): ${because}.`);
  return excluded;
}

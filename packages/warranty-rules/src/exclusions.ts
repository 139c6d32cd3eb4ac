// B10 (R1995) and G15 (CAR2021 Art 32): facts that take a quality claim out of 三包 — the consumer
// may still have the product repaired for a fee (default 8).
import type { ClaimFacts } from './contract.ts';
import { Findings } from './findings.ts';

export interface Exclusion {
  rule: 'B10' | 'G15';
  reasons: string[];
}

export function findExclusion(facts: ClaimFacts): Exclusion | undefined {
  const causes = facts.claim.causes ?? {};
  const car = facts.policy.regime === 'household_car';
  const reasons: string[] = [];
  if (causes.misuse) {
    reasons.push(car ? 'damage from use or maintenance not as the manual or voucher requires' : 'damage from improper use, maintenance or storage by the consumer');
  }
  if (causes.unauthorizedDisassembly) {
    reasons.push(car ? 'damage from modification, adjustment or disassembly the manual forbids' : 'damage from disassembly by someone other than the 三包 repairer');
  }
  if (causes.forceMajeure) reasons.push('damage from force majeure');
  // CPL Art 23 ¶1: a defect the consumer knew of before buying (disclosed in writing) is not the operator's liability.
  if (causes.disclosedDefect) reasons.push('a defect disclosed in writing before the sale');
  if (!car) {
    const documents = facts.sale.documents ?? {};
    const hasInvoice = documents.invoice ?? true;
    const hasVoucher = documents.voucher ?? true;
    // B10(3) edge [I]: excluded only when the purchase cannot be established by any evidence (B2 commentary, C10, E2).
    if (!hasInvoice && !hasVoucher && !(documents.otherProofOfPurchase ?? false)) {
      reasons.push('neither a 三包 voucher nor a valid invoice nor other proof of purchase');
    }
    if (documents.voucherModelMatches === false) reasons.push('the 三包 voucher names another model than the product');
    if (documents.voucherAltered) reasons.push('the 三包 voucher was altered');
  }
  if (reasons.length === 0) return undefined;
  return { rule: car ? 'G15' : 'B10', reasons };
}

/** Default 8: only a paid repair; everything the rules would otherwise consider is denied under B10/G15. */
export function applyExclusion(considered: Findings, exclusion: Exclusion): Findings {
  const excluded = new Findings();
  const because = exclusion.reasons.join('; ');
  excluded.grant('paid_repair', exclusion.rule, { free: false, note: `Not covered by 三包: ${because}. The product may be repaired for a fee.` });
  const kinds = new Set([...considered.remedies, ...considered.denied].map((entry) => entry.kind));
  kinds.add('repair');
  kinds.delete('paid_repair');
  for (const kind of kinds) excluded.deny(kind, exclusion.rule, `Excluded from 三包 (${exclusion.rule}): ${because}.`);
  return excluded;
}

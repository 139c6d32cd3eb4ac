// PC2002 《微型计算机商品修理更换退货责任规定》 (E rules, docs/warranty-law.md), as far as they are known: 7/15-day windows
// for listed faults (E4 [S]), free repair in the whole-unit period and a new main part after it (E3).
import { FLAGS } from './contract.ts';
import type { ClaimContext } from './claim-context.ts';
import { withinDays } from './claim-context.ts';
import { addDays } from './days.ts';
import type { Findings } from './findings.ts';
import { decidedAsLapsed } from './lapsed-period.ts';
import { partCover } from './part-cover.ts';

export function adjudicateMicrocomputer(ctx: ClaimContext, findings: Findings): void {
  const cover = partCover(ctx);
  const partCode = ctx.facts.claim.partCode ?? '';
  if (decidedAsLapsed(ctx, findings, cover, { period: 'E5', guarantee: 'E3' })) return;
  if (cover.period === 'main_part') {
    const why = `The whole-unit period ended on ${ctx.coverage.wholeUnitEndsOn}; the main part ${partCode} is covered until ${cover.endsOn}.`;
    findings.grant('repair', 'E3', { note: `${why} Free repair, labour included.` });
    findings.grant('replace_part', 'E3', { note: `${why} Or free replacement with a new main part, labour included.` });
    findings.deny('replace', 'E3', why);
    findings.deny('refund', 'E3', why);
    return;
  }

  const { day, performanceFault, coverage } = ctx;
  if (performanceFault && withinDays(ctx, 7)) {
    findings.grant('refund', 'E4', {
      refundFen: ctx.refundBaseFen,
      note: `Listed performance fault on day ${day}: return at the full price.`,
    });
    findings.grant('replace', 'E4', { note: `Listed performance fault on day ${day}: free exchange.` });
    findings.grant('repair', 'E4', { note: `Listed performance fault on day ${day}: free repair.` });
  } else if (performanceFault && withinDays(ctx, 15)) {
    findings.grant('replace', 'E4', { note: `Listed performance fault on day ${day}: free exchange.` });
    findings.grant('repair', 'E4', { note: `Listed performance fault on day ${day}: free repair.` });
    if (!ctx.sellerHasSameModel) {
      // The PC2002 article on a return when no same model is available is unconfirmed (E4, docs/warranty-law.md).
      findings.flag(FLAGS.needsLegalReview);
      findings.deny(
        'refund',
        'E4',
        `Day ${day} (8–15): exchange or repair; the seller has no same model, and the PC2002 return article is unconfirmed — refer to legal review.`,
      );
    } else {
      findings.deny('refund', 'E4', `Day ${day} (8–15): exchange or repair only.`);
    }
  }
  findings.grant('repair', 'E3', {
    note: `Inside the whole-unit period (until ${coverage.wholeUnitEndsOn}): free repair; the repaired computer is guaranteed for 30 days.`,
  });
  if (!performanceFault) {
    const why = 'Not a fault listed in the microcomputer performance-fault table: return and exchange do not apply.';
    findings.deny('refund', 'E4', why);
    findings.deny('replace', 'E4', why);
  }
  findings.denyIfOpen('refund', 'E4', `Day ${day}: the 7-day return window ended on ${addDays(coverage.startsOn, 7)}.`);
  findings.denyIfOpen(
    'replace',
    'E4',
    `Day ${day}: the 15-day exchange window ended on ${addDays(coverage.startsOn, 15)}.`,
  );
}

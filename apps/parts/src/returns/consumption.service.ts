import { addDays, todayInChina } from '@sanbao/calendar';
import { inTransaction, recordStateChanges } from '@sanbao/db';
import { actorOf, badRequest } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { z } from 'zod';
import { startOldPartReturns } from '../approval-workflows/approval-workflows.ts';
import type { PartsDeps } from '../parts-deps.ts';
import { addConsumedQuantity, linesOf } from '../requests/requests.repository.ts';
import { loadVisibleRequest } from '../requests/requests.service.ts';
import { nextBusinessNumbers } from '../shared/business-numbers.ts';
import { barcodeFor } from './barcode.ts';
import { dueDateHorizonDays, policyFromRow, returnDueOn, unitsToReturn } from './return-rules.ts';
import { countConsumedUnits, findTags, insertConsumption, insertTags, returnRulesFor } from './returns.repository.ts';
import type { reportConsumptionInput } from './returns.schemas.ts';
import { tagView } from './returns.view.ts';

/**
 * The provider reports warranty parts used in a repair. Each unit the return rule of its part class
 * wants back gets a return tag (number, barcode, due date) in the same transaction.
 */
export async function reportConsumption(
  deps: PartsDeps,
  user: AuthUser,
  input: z.infer<typeof reportConsumptionInput>,
) {
  const today = todayInChina(deps.clock());
  if (input.consumedOn > today) throw badRequest('consumedOn', `cannot be after today (${today}, China Standard Time)`);
  // Read before the transaction: no call to another service while rows are locked.
  const holidays = await deps.holidayCalendar.holidaysBetween(
    input.consumedOn,
    addDays(input.consumedOn, dueDateHorizonDays(deps.defaultReturnDueDays)),
  );
  return inTransaction(deps.db, async (trx) => {
    const request = await loadVisibleRequest(trx, user, input.requestId, true);
    if (request.purpose !== 'warranty')
      throw badRequest(
        'requestId',
        `${request.requestNumber} is not a warranty request: only warranty repairs report consumed parts`,
      );
    const lines = await linesOf(trx, [request.id]);
    const consumed = input.lines.map((c, i) => {
      const line = lines.find((l) => l.id === c.lineId);
      if (!line) throw badRequest(`lines.${i}.lineId`, `line ${c.lineId} is not on ${request.requestNumber}`);
      if (input.lines.findIndex((o) => o.lineId === c.lineId) !== i)
        throw badRequest(`lines.${i}.lineId`, `line ${c.lineId} is listed twice`);
      const unused = line.quantityReceived - line.quantityConsumed;
      if (c.quantity > unused)
        throw badRequest(
          `lines.${i}.quantity`,
          `only ${unused} of ${line.partCode} were received and not yet reported used`,
        );
      return { line, quantity: c.quantity };
    });

    const rules = await returnRulesFor(trx, [...new Set(consumed.map((c) => c.line.partClass))]);
    const owed: { line: (typeof lines)[number]; consumptionId: number; dueOn: string }[] = [];
    // Sampling counters are locked in class order, so concurrent reports cannot deadlock.
    for (const { line, quantity } of [...consumed].sort((a, b) => a.line.partClass.localeCompare(b.line.partClass))) {
      const consumption = await insertConsumption(trx, {
        requestLineId: line.id,
        quantity,
        consumedOn: input.consumedOn,
        reportedBy: user.sub,
      });
      await addConsumedQuantity(trx, line.id, quantity);
      const policy = policyFromRow(rules.get(line.partClass), deps.defaultReturnDueDays);
      const before =
        policy.rule === 'sample' && line.returnable
          ? await countConsumedUnits(trx, request.providerId, line.partClass, quantity)
          : 0;
      const picked = unitsToReturn(policy, {
        returnable: line.returnable,
        unitCostFen: line.unitCostFen,
        quantity,
        unitsConsumedBefore: before,
      });
      for (const _ of picked)
        owed.push({ line, consumptionId: consumption.id, dueOn: returnDueOn(input.consumedOn, policy, holidays) });
    }

    const numbers = await nextBusinessNumbers(trx, 'RT', owed.length, today);
    const created = await insertTags(
      trx,
      owed.map((o, i) => ({
        tagNumber: numbers[i]!,
        barcode: barcodeFor({ tagNumber: numbers[i]!, partCode: o.line.partCode, providerId: request.providerId }),
        providerId: request.providerId,
        warehouseId: request.warehouseId,
        partsRequestId: request.id,
        requestLineId: o.line.id,
        consumptionId: o.consumptionId,
        partId: o.line.partId,
        partClass: o.line.partClass,
        unitCostFen: o.line.unitCostFen,
        claimId: request.claimId,
        consumedOn: input.consumedOn,
        dueOn: o.dueOn,
      })),
    );
    await recordStateChanges(
      trx,
      created.map((t) => ({
        entity: 'return_tag' as const,
        entityId: t.id,
        fromState: null,
        toState: t.status,
        ...actorOf(user),
        reason: `consumed on ${input.consumedOn}`,
      })),
    );
    const tags = await findTags(
      trx,
      created.map((t) => t.id),
    );
    await startOldPartReturns(trx, tags);
    return {
      requestId: request.id,
      requestNumber: request.requestNumber,
      consumed: consumed.map((c) => ({ lineId: c.line.id, partCode: c.line.partCode, quantity: c.quantity })),
      tags: tags.map(tagView),
    };
  });
}

import { inTransaction, type Kysely } from '@sanbao/db';
import { badRequest } from '@sanbao/trpc';
import type { PartsDatabase } from '../schema.ts';
import type { ChargebackDecision } from './chargeback-rules.ts';
import {
  acknowledgeEvents,
  existingEventIds,
  insertChargebackEvent,
  pendingChargebackEvents,
} from './chargebacks.repository.ts';
import { chargebackEventView } from './chargebacks.view.ts';

type Db = Kysely<PartsDatabase>;

export interface ChargedTag {
  id: number;
  providerId: string;
  unitCostFen: number;
}

/** Writes the outbox event a tag decision calls for, in the caller's transaction. */
export async function recordChargebackDecision(
  trx: Db,
  tag: ChargedTag,
  decision: ChargebackDecision,
  context: { businessDate: string; recordedBy: string; details: Record<string, unknown> },
) {
  if (!decision) return null;
  const base = {
    providerId: tag.providerId,
    returnTagId: tag.id,
    businessDate: context.businessDate,
    recordedBy: context.recordedBy,
    details: context.details,
  };
  const row =
    decision.kind === 'chargeback'
      ? await insertChargebackEvent(trx, {
          ...base,
          kind: 'chargeback',
          reason: decision.reason,
          amountFen: tag.unitCostFen,
          reversesEventId: null,
        })
      : await insertChargebackEvent(trx, {
          ...base,
          kind: 'reversal',
          reason: decision.reverses.reason,
          amountFen: -decision.reverses.amountFen,
          reversesEventId: decision.reverses.id,
        });
  return row ? chargebackEventView(row) : null;
}

/** Settlement reads the outbox in id order and acknowledges what it has taken. */
export async function pendingChargebacks(db: Db, page: { limit: number; afterId?: number | undefined }) {
  return { events: (await pendingChargebackEvents(db, page)).map(chargebackEventView) };
}

export async function acknowledgeChargebacks(db: Db, eventIds: number[], by: string) {
  return inTransaction(db, async (trx) => {
    const known = await existingEventIds(trx, eventIds);
    eventIds.forEach((id, i) => {
      if (!known.has(id)) throw badRequest(`eventIds.${i}`, `no chargeback event ${id}`);
    });
    const acknowledged = await acknowledgeEvents(trx, eventIds, by);
    return {
      acknowledged,
      alreadyAcknowledged: eventIds.filter((id) => !acknowledged.includes(id)).sort((a, b) => a - b),
    };
  });
}

import { z } from 'zod';

/** One event of the parts service's chargeback outbox: a charge (positive) or its reversal (negative). */
export interface ChargebackEvent {
  eventId: number;
  providerId: string;
  returnTagId: number;
  kind: 'chargeback' | 'reversal';
  reason: string;
  amountFen: number;
  reversesEventId: number | null;
  businessDate: string;
}

/**
 * The port to the parts service's outbox: read pending events in id order, acknowledge those taken.
 * Acknowledging is idempotent on the parts side (an already acknowledged event is reported, not
 * refused), and each call carries an idempotency key derived from the events, so a retry replays.
 */
export interface ChargebackOutbox {
  pending(page: { afterId?: number; limit: number }): Promise<ChargebackEvent[]>;
  acknowledge(eventIds: number[], idempotencyKey: string): Promise<void>;
}

const eventSchema = z.object({
  eventId: z.number().int().positive(),
  providerId: z.string(),
  returnTagId: z.number().int(),
  kind: z.enum(['chargeback', 'reversal']),
  reason: z.string(),
  amountFen: z.number().int(),
  reversesEventId: z.number().int().nullable(),
  businessDate: z.string(),
});

/** The parts service's `chargebacks.pending` and `chargebacks.acknowledge`, as a tRPC client exposes them. */
export interface ChargebacksProcedures {
  pending: { query(input: { limit: number; afterId?: number }): Promise<{ events: unknown[] }> };
  acknowledge: { mutate(input: { idempotencyKey: string; eventIds: number[] }): Promise<unknown> };
}

/** The real adapter: an answer of the wrong shape is a broken contract and throws. */
export function createChargebackOutbox(chargebacks: ChargebacksProcedures): ChargebackOutbox {
  return {
    async pending(page) {
      const { events } = await chargebacks.pending.query(page);
      return events.map((e) => eventSchema.parse(e));
    },
    async acknowledge(eventIds, idempotencyKey) {
      await chargebacks.acknowledge.mutate({ idempotencyKey, eventIds });
    },
  };
}

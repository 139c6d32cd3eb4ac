import type { ChargebackEvent, ChargebackOutbox } from '../src/deductions/chargeback-outbox.ts';

/** The parts service's chargeback outbox in memory: events to hand out, acknowledgements counted. */
export function createInMemoryChargebackOutbox() {
  const events: ChargebackEvent[] = [];
  const acknowledged = new Map<number, number>();
  const keys = new Map<string, string>();
  let failNextAcknowledge = false;
  const outbox: ChargebackOutbox & {
    add(event: Omit<ChargebackEvent, 'eventId'>): ChargebackEvent;
    /** How many times each event was acknowledged with a new key (a replayed key counts once). */
    acknowledgements(eventId: number): number;
    /** The next acknowledge call fails, as a dropped connection would. */
    failNextAcknowledge(): void;
  } = {
    add(event) {
      const stored = { ...event, eventId: events.length + 1 };
      events.push(stored);
      return stored;
    },
    async pending({ afterId = 0, limit }) {
      return events.filter((e) => e.eventId > afterId && !acknowledged.has(e.eventId)).slice(0, limit);
    },
    async acknowledge(eventIds, idempotencyKey) {
      if (failNextAcknowledge) {
        failNextAcknowledge = false;
        throw new Error('connection reset');
      }
      const body = JSON.stringify(eventIds);
      const seen = keys.get(idempotencyKey);
      if (seen !== undefined) {
        if (seen !== body) throw new Error(`idempotency key ${idempotencyKey} reused for another body`);
        return;
      }
      keys.set(idempotencyKey, body);
      for (const id of eventIds) acknowledged.set(id, (acknowledged.get(id) ?? 0) + 1);
    },
    acknowledgements: (eventId) => acknowledged.get(eventId) ?? 0,
    failNextAcknowledge() {
      failNextAcknowledge = true;
    },
  };
  return outbox;
}

export type InMemoryChargebackOutbox = ReturnType<typeof createInMemoryChargebackOutbox>;

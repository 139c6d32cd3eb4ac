import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canHappen,
  inspectionOutcomes,
  nextTagStatus,
  receiptOutcomes,
  type TagEvent,
  type TagStatus,
} from '../returns/return-states.ts';
import { chargebackDecision, type ChargebackReason, type StandingChargeback } from './chargeback-rules.ts';

const standing = (reason: ChargebackReason): StandingChargeback => ({ id: 7, reason, amountFen: 27_300 });

describe('chargeback rules', () => {
  it.each([
    [{ kind: 'confirmed', outcome: 'missing' }, null, 'missing'],
    [{ kind: 'confirmed', outcome: 'wrong_part' }, null, 'wrong_part'],
    [{ kind: 'inspected', outcome: 'no_fault_found' }, null, 'failed_inspection'],
    [{ kind: 'inspected', outcome: 'misuse' }, null, 'failed_inspection'],
    [{ kind: 'inspected', outcome: 'not_our_part' }, null, 'failed_inspection'],
    [{ kind: 'declared_overdue' }, null, 'not_returned'],
  ] as const)('%o charges the part once', (event, open, reason) => {
    expect(chargebackDecision(event, open)).toEqual({ kind: 'chargeback', reason });
  });

  it('nothing for a good return, a confirmed defect, or a carrier-damaged part', () => {
    expect(chargebackDecision({ kind: 'confirmed', outcome: 'received' }, null)).toBeNull();
    expect(chargebackDecision({ kind: 'confirmed', outcome: 'damaged_in_transit' }, null)).toBeNull();
    expect(chargebackDecision({ kind: 'inspected', outcome: 'defect_confirmed' }, null)).toBeNull();
  });

  it('a late arrival reverses a missing or not-returned chargeback, never a wrong part', () => {
    expect(chargebackDecision({ kind: 'arrived_late' }, standing('missing'))).toEqual({
      kind: 'reversal',
      reverses: standing('missing'),
    });
    expect(chargebackDecision({ kind: 'confirmed', outcome: 'received' }, standing('not_returned'))).toEqual({
      kind: 'reversal',
      reverses: standing('not_returned'),
    });
    expect(chargebackDecision({ kind: 'confirmed', outcome: 'received' }, standing('wrong_part'))).toBeNull();
  });

  it('an overdue part then reported missing is not charged twice', () => {
    expect(chargebackDecision({ kind: 'confirmed', outcome: 'missing' }, standing('not_returned'))).toBeNull();
  });

  it('over any life of a tag: one (kind, reason) at most once, and the provider owes 0 or the part value', () => {
    const event = fc.oneof(
      fc.constant<TagEvent>({ kind: 'shipped' }),
      fc.constant<TagEvent>({ kind: 'arrived_late' }),
      fc.constant<TagEvent>({ kind: 'declared_overdue' }),
      fc.constantFrom(...receiptOutcomes).map((outcome): TagEvent => ({ kind: 'confirmed', outcome })),
      fc.constantFrom(...inspectionOutcomes).map((outcome): TagEvent => ({ kind: 'inspected', outcome })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        const value = 27_300;
        let status: TagStatus = 'awaiting_return';
        let open: StandingChargeback | null = null;
        const written = new Set<string>();
        let owed = 0;
        let nextId = 1;
        for (const e of events) {
          if (!canHappen(status, e)) continue;
          const decision = chargebackDecision(e, open);
          status = nextTagStatus(status, e);
          if (!decision) continue;
          const key =
            decision.kind === 'chargeback' ? `chargeback:${decision.reason}` : `reversal:${decision.reverses.reason}`;
          expect(written.has(key)).toBe(false);
          written.add(key);
          if (decision.kind === 'chargeback') {
            open = { id: nextId++, reason: decision.reason, amountFen: value };
            owed += value;
          } else {
            expect(decision.reverses).toBe(open);
            open = null;
            owed -= value;
          }
          expect([0, value]).toContain(owed);
        }
        if (status === 'missing' || status === 'wrong_part' || status === 'overdue') expect(owed).toBe(value);
        if (status === 'received' || status === 'damaged_in_transit' || status === 'awaiting_return')
          expect(owed).toBe(0);
      }),
    );
  });
});

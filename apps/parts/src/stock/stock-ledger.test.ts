import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEffect, available, movementEffect, movementKinds, type MovementKind } from './stock-ledger.ts';

describe('stock ledger rules', () => {
  it('each movement kind moves on-hand and reserved as the warehouse expects', () => {
    expect(movementEffect('receipt', 5)).toEqual({ onHandDelta: 5, reservedDelta: 0 });
    expect(movementEffect('reservation', 2)).toEqual({ onHandDelta: 0, reservedDelta: 2 });
    expect(movementEffect('release', 2)).toEqual({ onHandDelta: 0, reservedDelta: -2 });
    expect(movementEffect('shipment', 2)).toEqual({ onHandDelta: -2, reservedDelta: -2 });
    expect(movementEffect('scrap', 1)).toEqual({ onHandDelta: -1, reservedDelta: 0 });
    expect(movementEffect('adjustment', -3)).toEqual({ onHandDelta: -3, reservedDelta: 0 });
  });

  it('refuses to reserve more than is available, or to scrap reserved stock', () => {
    const balance = { onHand: 5, reserved: 3 };
    expect(available(balance)).toBe(2);
    expect(applyEffect(balance, movementEffect('reservation', 3))).toBeNull();
    expect(applyEffect(balance, movementEffect('reservation', 2))).toEqual({ onHand: 5, reserved: 5 });
    expect(applyEffect(balance, movementEffect('scrap', 3))).toBeNull();
    expect(applyEffect(balance, movementEffect('release', 4))).toBeNull();
  });

  it('any sequence of accepted movements keeps stock valid and the ledger adds up to the balance', () => {
    const movement = fc.record({
      kind: fc.constantFrom<MovementKind>(...movementKinds),
      quantity: fc.integer({ min: 1, max: 20 }),
      negative: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 200 }), (movements) => {
        let balance = { onHand: 0, reserved: 0 };
        const ledger = { onHand: 0, reserved: 0 };
        for (const m of movements) {
          const effect = movementEffect(m.kind, m.kind === 'adjustment' && m.negative ? -m.quantity : m.quantity);
          const next = applyEffect(balance, effect);
          if (!next) continue;
          balance = next;
          ledger.onHand += effect.onHandDelta;
          ledger.reserved += effect.reservedDelta;
          expect(balance.onHand).toBeGreaterThanOrEqual(0);
          expect(available(balance)).toBeGreaterThanOrEqual(0);
        }
        expect(ledger).toEqual(balance);
      }),
    );
  });
});

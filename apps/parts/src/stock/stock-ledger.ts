/**
 * Stock of a part in a warehouse is an immutable ledger of movements; the balance (on hand, reserved)
 * is their running sum, and available = on hand − reserved. No movement may leave a balance with
 * negative stock or more reserved than on hand.
 */
export const movementKinds = [
  'receipt',
  'reservation',
  'release',
  'shipment',
  'return_in',
  'scrap',
  'adjustment',
] as const;
export type MovementKind = (typeof movementKinds)[number];

export interface StockEffect {
  onHandDelta: number;
  reservedDelta: number;
}

export interface StockBalance {
  onHand: number;
  reserved: number;
}

/** `quantity` is positive, except for an adjustment, where its sign says which way stock moves. */
export function movementEffect(kind: MovementKind, quantity: number): StockEffect {
  switch (kind) {
    case 'receipt':
    case 'return_in':
      return { onHandDelta: quantity, reservedDelta: 0 };
    case 'reservation':
      return { onHandDelta: 0, reservedDelta: quantity };
    case 'release':
      return { onHandDelta: 0, reservedDelta: -quantity };
    case 'shipment':
      // Only reserved stock is shipped: it leaves the shelf and the reservation together.
      return { onHandDelta: -quantity, reservedDelta: -quantity };
    case 'scrap':
      return { onHandDelta: -quantity, reservedDelta: 0 };
    case 'adjustment':
      return { onHandDelta: quantity, reservedDelta: 0 };
  }
}

export const available = (balance: StockBalance): number => balance.onHand - balance.reserved;

/** The balance after the movement, or null when the movement would break the stock rules. */
export function applyEffect(balance: StockBalance, effect: StockEffect): StockBalance | null {
  const next = { onHand: balance.onHand + effect.onHandDelta, reserved: balance.reserved + effect.reservedDelta };
  return next.onHand >= 0 && next.reserved >= 0 && next.reserved <= next.onHand ? next : null;
}

/** Movements that can only add stock never need the guarded path. */
export const onlyAdds = (effect: StockEffect): boolean => effect.onHandDelta >= 0 && effect.reservedDelta === 0;

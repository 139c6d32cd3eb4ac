import type { Selectable } from '@sanbao/db';
import type { StockMovementTable } from '../schema.ts';
import { available, type StockBalance } from './stock-ledger.ts';

export const balanceView = (warehouseId: string, partCode: string, b: StockBalance) => ({
  warehouseId,
  partCode,
  onHand: b.onHand,
  reserved: b.reserved,
  available: available(b),
});

type MovementRow = Pick<
  Selectable<StockMovementTable>,
  'id' | 'kind' | 'onHandDelta' | 'reservedDelta' | 'partsRequestId' | 'note' | 'recordedBy' | 'createdAt'
>;

/** One ledger line: what moved, why, who recorded it and when. */
export const movementView = (m: MovementRow) => ({
  id: m.id,
  kind: m.kind,
  onHandDelta: m.onHandDelta,
  reservedDelta: m.reservedDelta,
  partsRequestId: m.partsRequestId,
  note: m.note,
  recordedBy: m.recordedBy,
  createdAt: m.createdAt.toISOString(),
});

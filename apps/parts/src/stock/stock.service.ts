import { inTransaction, type Kysely } from '@sanbao/db';
import { conflict, forbidden, notFoundField, tenancyOf } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { z } from 'zod';
import { signalStockArrived } from '../approval-workflows/approval-workflows.ts';
import { findPart } from '../catalog/catalog.repository.ts';
import type { PartsDatabase } from '../schema.ts';
import { findWarehouse } from '../warehouses/warehouses.repository.ts';
import { available, movementEffect } from './stock-ledger.ts';
import { applyMovement, balanceOf, ledgerOf } from './stock.repository.ts';
import type { ledgerInput, recordMovementInput } from './stock.schemas.ts';
import { balanceView, movementView } from './stock.view.ts';

type Db = Kysely<PartsDatabase>;

/** Warehouse staff work in their own warehouse only. */
function checkWarehouse(user: AuthUser, warehouseId: string) {
  const own = tenancyOf(user).warehouseId;
  if (own !== undefined && own !== warehouseId) throw forbidden('warehouse staff work only in their own warehouse');
}

async function resolveStockItem(db: Db, warehouseId: string, partCode: string) {
  if (!(await findWarehouse(db, warehouseId))) throw notFoundField('warehouseId', `warehouse ${warehouseId}`);
  const part = await findPart(db, partCode);
  if (!part) throw notFoundField('partCode', `part ${partCode}`);
  return part;
}

export async function recordMovement(db: Db, user: AuthUser, input: z.infer<typeof recordMovementInput>) {
  checkWarehouse(user, input.warehouseId);
  return inTransaction(db, async (trx) => {
    const part = await resolveStockItem(trx, input.warehouseId, input.partCode);
    const effect = movementEffect(input.kind, input.quantity);
    const balance = await applyMovement(trx, {
      warehouseId: input.warehouseId,
      partId: part.id,
      kind: input.kind,
      ...effect,
      note: input.note,
      recordedBy: user.sub,
    });
    if (!balance) {
      const now = await balanceOf(trx, input.warehouseId, part.id);
      throw conflict(
        `only ${available(now)} of ${input.partCode} available at ${input.warehouseId}; cannot take ${-effect.onHandDelta}`,
      );
    }
    if (effect.onHandDelta > 0)
      await signalStockArrived(trx, { warehouseId: input.warehouseId, partId: part.id, partCode: part.code });
    return balanceView(input.warehouseId, input.partCode, balance);
  });
}

export async function getBalance(db: Db, user: AuthUser, input: { warehouseId: string; partCode: string }) {
  checkWarehouse(user, input.warehouseId);
  const part = await resolveStockItem(db, input.warehouseId, input.partCode);
  return balanceView(input.warehouseId, input.partCode, await balanceOf(db, input.warehouseId, part.id));
}

export async function getLedger(db: Db, user: AuthUser, input: z.infer<typeof ledgerInput>) {
  checkWarehouse(user, input.warehouseId);
  const part = await resolveStockItem(db, input.warehouseId, input.partCode);
  const rows = await ledgerOf(db, input.warehouseId, part.id, input);
  return rows.map(movementView);
}

export interface RequestStockLine {
  partId: number;
  partCode: string;
  quantity: number;
}

/**
 * Reserves, releases or ships every line of a parts request in the caller's transaction, in part-id
 * order so two requests never wait on each other's rows. Any line short of stock fails the whole call.
 */
export async function moveRequestStock(
  trx: Db,
  kind: 'reservation' | 'release' | 'shipment',
  request: { id: number; warehouseId: string },
  lines: RequestStockLine[],
  recordedBy: string,
): Promise<void> {
  for (const line of [...lines].sort((a, b) => a.partId - b.partId)) {
    const effect = movementEffect(kind, line.quantity);
    const balance = await applyMovement(trx, {
      warehouseId: request.warehouseId,
      partId: line.partId,
      kind,
      ...effect,
      partsRequestId: request.id,
      recordedBy,
    });
    if (!balance) {
      const now = await balanceOf(trx, request.warehouseId, line.partId);
      throw conflict(
        `insufficient stock of ${line.partCode} at ${request.warehouseId}: ${available(now)} available, ${line.quantity} needed`,
      );
    }
  }
}

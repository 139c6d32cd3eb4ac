import { todayInChina } from '@sanbao/calendar';
import { badRequest, DomainError, tenancyOf } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { z } from 'zod';
import type { PartsDeps } from '../parts-deps.ts';
import { nextBusinessNumbers } from '../shared/business-numbers.ts';
import { nextShipmentStatus } from './return-states.ts';
import {
  findTags,
  insertShipment,
  tagsOfShipment,
  updateShipment,
  type ReturnShipmentRow,
} from './returns.repository.ts';
import type { confirmTagsInput, createShipmentInput } from './returns.schemas.ts';
import { loadVisibleShipment, loadVisibleTags } from './returns.service.ts';
import { shipmentView } from './returns.view.ts';
import { applyTagEvent } from './tag-events.ts';
import { inTransaction, type Kysely } from '@sanbao/db';
import { recordStateChange } from '../shared/audit-trail.ts';
import type { PartsDatabase } from '../schema.ts';

/** The provider packs tags into one parcel to one warehouse and gives its carrier and tracking number. */
export async function createShipment(deps: PartsDeps, user: AuthUser, input: z.infer<typeof createShipmentInput>) {
  const today = todayInChina(deps.clock());
  return inTransaction(deps.db, async (trx) => {
    const tags = await loadVisibleTags(trx, user, input.tagIds, { forUpdate: true, fieldOf: (i) => `tagIds.${i}` });
    const warehouseId = tags[0]!.warehouseId;
    tags.forEach((t, i) => {
      if (t.warehouseId !== warehouseId)
        throw badRequest(
          `tagIds.${i}`,
          `${t.tagNumber} goes back to ${t.warehouseId}, not ${warehouseId}: ship it separately`,
        );
    });
    const [shipmentNumber] = await nextBusinessNumbers(trx, 'RS', 1, today);
    const shipment = await insertShipment(trx, {
      shipmentNumber: shipmentNumber!,
      providerId: tenancyOf(user).providerId ?? tags[0]!.providerId,
      warehouseId,
      carrier: input.carrier,
      trackingNumber: input.trackingNumber,
      status: 'in_transit',
      createdBy: user.sub,
    });
    const via = `${input.carrier} ${input.trackingNumber}`;
    await recordStateChange(trx, user, 'return_shipment', shipment.id, null, 'in_transit', via);
    for (const [i, tag] of tags.entries()) {
      await applyTagEvent(
        trx,
        user,
        tag,
        { kind: 'shipped' },
        {
          businessDate: today,
          field: `tagIds.${i}`,
          reason: shipment.shipmentNumber,
          changes: { shipmentId: shipment.id },
        },
      );
    }
    return shipmentView(shipment, await tagsOfShipment(trx, shipment.id));
  });
}

async function arrive(trx: Kysely<PartsDatabase>, user: AuthUser, shipment: ReturnShipmentRow, now: Date) {
  const status = nextShipmentStatus(shipment.status, 'arrive');
  await recordStateChange(trx, user, 'return_shipment', shipment.id, shipment.status, status);
  return updateShipment(trx, shipment.id, { status, arrivedAt: now });
}

/** Warehouse staff sign for the parcel. */
export async function receiveShipment(deps: PartsDeps, user: AuthUser, shipmentId: number) {
  return inTransaction(deps.db, async (trx) => {
    const shipment = await arrive(trx, user, await loadVisibleShipment(trx, user, shipmentId, true), deps.clock());
    return shipmentView(shipment, await tagsOfShipment(trx, shipment.id));
  });
}

/**
 * Warehouse staff confirm what each tag in the parcel turned out to be. Missing and wrong parts become
 * chargebacks; a part charged as not returned that is in the parcel after all is reversed. The
 * shipment is confirmed once every tag in it is.
 */
export async function confirmTags(deps: PartsDeps, user: AuthUser, input: z.infer<typeof confirmTagsInput>) {
  const now = deps.clock();
  const today = todayInChina(now);
  return inTransaction(deps.db, async (trx) => {
    let shipment = await loadVisibleShipment(trx, user, input.shipmentId, true);
    if (shipment.status === 'confirmed')
      throw new DomainError('CONFLICT', `${shipment.shipmentNumber} is already confirmed`, 'shipmentId');
    if (shipment.status === 'in_transit') shipment = await arrive(trx, user, shipment, now);
    const inParcel = await findTags(
      trx,
      input.tags.map((t) => t.tagId),
      { forUpdate: true },
    );
    const results = [];
    for (const [i, confirmation] of input.tags.entries()) {
      const tag = inParcel.find((t) => t.id === confirmation.tagId && t.shipmentId === shipment.id);
      if (!tag) throw badRequest(`tags.${i}.tagId`, `tag ${confirmation.tagId} is not in ${shipment.shipmentNumber}`);
      results.push(
        await applyTagEvent(
          trx,
          user,
          tag,
          { kind: 'confirmed', outcome: confirmation.outcome },
          {
            businessDate: today,
            field: `tags.${i}.tagId`,
            reason: confirmation.note,
            changes: { confirmedAt: now },
          },
        ),
      );
    }
    const tags = await tagsOfShipment(trx, shipment.id);
    if (tags.every((t) => t.status !== 'in_transit')) {
      const status = nextShipmentStatus(shipment.status, 'confirm');
      await recordStateChange(trx, user, 'return_shipment', shipment.id, shipment.status, status);
      shipment = await updateShipment(trx, shipment.id, { status, confirmedAt: now });
    }
    return {
      ...shipmentView(shipment, tags),
      chargebacks: results.flatMap((r) => (r.chargeback ? [r.chargeback] : [])),
    };
  });
}

import type { Kysely } from '@sanbao/db';
import { badRequest, canSee, DomainError, listFilter, notFound, tenancyOf } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { z } from 'zod';
import { chargebackEventView } from '../chargebacks/chargebacks.view.ts';
import { chargebackEventsOfTag } from '../chargebacks/chargebacks.repository.ts';
import { loadVisibleRequest } from '../requests/requests.service.ts';
import type { PartsDatabase } from '../schema.ts';
import { historyOf } from '../shared/audit-trail.ts';
import { readBarcode } from './barcode.ts';
import {
  findShipment,
  findTagByLabel,
  findTags,
  listShipments as listShipmentRows,
  listTags as listTagRows,
  tagsOfShipment,
} from './returns.repository.ts';
import type { listShipmentsInput, listTagsInput, lookupTagInput } from './returns.schemas.ts';
import { shipmentView, tagView } from './returns.view.ts';

type Db = Kysely<PartsDatabase>;

/** Tags in the order asked; one the caller may not see is not found, named by its input field. */
export async function loadVisibleTags(
  db: Db,
  user: AuthUser,
  ids: number[],
  options: { forUpdate?: boolean; fieldOf: (index: number) => string },
) {
  const rows = await findTags(db, ids, options);
  const tenancy = tenancyOf(user);
  return ids.map((id, i) => {
    const tag = rows.find((r) => r.id === id);
    if (!tag || !canSee(tenancy, tag))
      throw new DomainError('NOT_FOUND', `return tag ${id} not found`, options.fieldOf(i));
    return tag;
  });
}

export async function loadVisibleTag(db: Db, user: AuthUser, id: number, forUpdate = false) {
  const [tag] = await loadVisibleTags(db, user, [id], { forUpdate, fieldOf: () => 'tagId' });
  return tag!;
}

export async function loadVisibleShipment(db: Db, user: AuthUser, id: number, forUpdate = false) {
  const shipment = await findShipment(db, id, { forUpdate });
  if (!shipment || !canSee(tenancyOf(user), shipment)) throw notFound(`return shipment ${id}`);
  return shipment;
}

export async function getTag(db: Db, user: AuthUser, tagId: number) {
  const tag = await loadVisibleTag(db, user, tagId);
  return { ...tagView(tag), chargebacks: (await chargebackEventsOfTag(db, tag.id)).map(chargebackEventView) };
}

export async function tagHistory(db: Db, user: AuthUser, tagId: number) {
  const tag = await loadVisibleTag(db, user, tagId);
  const changes = await historyOf(db, 'return_tag', tag.id);
  return { tagId: tag.id, tagNumber: tag.tagNumber, changes };
}

/** Scanning a label at the warehouse: by tag number, or by the barcode payload (check digits verified). */
export async function lookupTag(db: Db, user: AuthUser, label: z.infer<typeof lookupTagInput>) {
  if (label.barcode && !readBarcode(label.barcode))
    throw badRequest('barcode', 'check digits do not match: scan the label again');
  const tag = await findTagByLabel(db, label);
  if (!tag || !canSee(tenancyOf(user), tag)) throw notFound('return tag');
  return tagView(tag);
}

/** A provider's own tags; a warehouse's inbound queue; anything for staff. */
export async function listTags(db: Db, user: AuthUser, input: z.infer<typeof listTagsInput>) {
  const tenancy = listFilter(user, input);
  if (input.requestId) await loadVisibleRequest(db, user, input.requestId);
  if (input.shipmentId) await loadVisibleShipment(db, user, input.shipmentId);
  return (await listTagRows(db, { ...input, ...tenancy })).map(tagView);
}

export async function getShipment(db: Db, user: AuthUser, shipmentId: number) {
  const shipment = await loadVisibleShipment(db, user, shipmentId);
  return shipmentView(shipment, await tagsOfShipment(db, shipment.id));
}

export async function listShipments(db: Db, user: AuthUser, input: z.infer<typeof listShipmentsInput>) {
  const tenancy = listFilter(user, input);
  const shipments = await listShipmentRows(db, { ...input, ...tenancy });
  return shipments.map((s) => shipmentView(s, []));
}

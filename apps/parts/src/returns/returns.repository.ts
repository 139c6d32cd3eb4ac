import { sql, type Kysely, type Updateable } from '@sanbao/db';
import type { PartsDatabase, ReturnShipmentTable, ReturnTagTable } from '../schema.ts';
import type { ShipmentStatus, TagStatus } from './return-states.ts';
import { changeRecord, tenantPage, type TenantListFilter } from '../shared/record-queries.ts';

type Db = Kysely<PartsDatabase>;

export async function insertConsumption(
  db: Db,
  consumption: { requestLineId: number; quantity: number; consumedOn: string; reportedBy: string },
) {
  return db
    .insertInto('partConsumptions')
    .values(consumption)
    .returning(['id', 'requestLineId', 'quantity', 'consumedOn'])
    .executeTakeFirstOrThrow();
}

/** Counts the units and returns how many came before them; the upsert locks the counter row. */
export async function countConsumedUnits(
  db: Db,
  providerId: string,
  partClass: string,
  units: number,
): Promise<number> {
  const row = await db
    .insertInto('returnSamplingCounters')
    .values({ providerId, partClass, unitsConsumed: units })
    .onConflict((oc) =>
      oc.columns(['providerId', 'partClass']).doUpdateSet({
        unitsConsumed: sql<number>`return_sampling_counters.units_consumed + excluded.units_consumed`,
        updatedAt: sql<Date>`now()`,
      }),
    )
    .returning('unitsConsumed')
    .executeTakeFirstOrThrow();
  return row.unitsConsumed - units;
}

export async function returnRulesFor(db: Db, partClasses: string[]) {
  if (partClasses.length === 0) return new Map();
  const rows = await db
    .selectFrom('returnRules')
    .select(['partClass', 'rule', 'sampleEvery', 'minValueFen', 'dueDays'])
    .where('partClass', 'in', partClasses)
    .execute();
  return new Map(rows.map((r) => [r.partClass, r]));
}

export async function insertTags(
  db: Db,
  tags: Omit<
    ReturnTagTable,
    'id' | 'status' | 'shipmentId' | 'inspectionOutcome' | 'confirmedAt' | 'inspectedAt' | 'createdAt' | 'updatedAt'
  >[],
) {
  if (tags.length === 0) return [];
  return db
    .insertInto('returnTags')
    .values(tags.map((t) => ({ ...t, status: 'awaiting_return' as const })))
    .returning(['id', 'status'])
    .execute();
}

const tagQuery = (db: Db) =>
  db
    .selectFrom('returnTags as t')
    .innerJoin('parts as p', 'p.id', 't.partId')
    .innerJoin('partsRequests as r', 'r.id', 't.partsRequestId')
    .leftJoin('returnShipments as s', 's.id', 't.shipmentId')
    .select([
      't.id',
      't.tagNumber',
      't.barcode',
      't.providerId',
      't.warehouseId',
      't.partsRequestId',
      'r.requestNumber',
      't.requestLineId',
      'p.code as partCode',
      'p.nameZh',
      'p.nameEn',
      't.partClass',
      't.unitCostFen',
      't.claimId',
      't.consumedOn',
      't.dueOn',
      't.status',
      't.shipmentId',
      's.shipmentNumber',
      't.inspectionOutcome',
      't.confirmedAt',
      't.inspectedAt',
      't.createdAt',
      't.updatedAt',
    ]);

export type ReturnTagRow = Awaited<ReturnType<ReturnType<typeof tagQuery>['execute']>>[number];

/** Locks the tags' rows first when asked, so a decision about a tag is taken once. */
export async function findTags(db: Db, ids: number[], options: { forUpdate?: boolean } = {}): Promise<ReturnTagRow[]> {
  if (ids.length === 0) return [];
  if (options.forUpdate)
    await db.selectFrom('returnTags').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute();
  return tagQuery(db).where('t.id', 'in', ids).orderBy('t.id').execute();
}

export async function findTagByLabel(db: Db, label: { tagNumber?: string | undefined; barcode?: string | undefined }) {
  let query = tagQuery(db);
  if (label.tagNumber) query = query.where('t.tagNumber', '=', label.tagNumber);
  if (label.barcode) query = query.where('t.barcode', '=', label.barcode);
  return query.executeTakeFirst();
}

export async function tagsOfShipment(db: Db, shipmentId: number) {
  return tagQuery(db).where('t.shipmentId', '=', shipmentId).orderBy('t.id').execute();
}

export async function updateTags(db: Db, ids: number[], changes: Updateable<ReturnTagTable>) {
  if (ids.length === 0) return;
  await db
    .updateTable('returnTags')
    .set({ ...changes, updatedAt: sql<Date>`now()` })
    .where('id', 'in', ids)
    .execute();
}

export async function listTags(
  db: Db,
  filter: {
    providerId?: string | undefined;
    warehouseId?: string | undefined;
    status?: TagStatus | undefined;
    requestId?: number | undefined;
    shipmentId?: number | undefined;
    dueBefore?: string | undefined;
    limit: number;
    beforeId?: number | undefined;
  },
) {
  let query = tagQuery(db).orderBy('t.id', 'desc').limit(filter.limit);
  if (filter.providerId) query = query.where('t.providerId', '=', filter.providerId);
  if (filter.warehouseId) query = query.where('t.warehouseId', '=', filter.warehouseId);
  if (filter.status) query = query.where('t.status', '=', filter.status);
  if (filter.requestId) query = query.where('t.partsRequestId', '=', filter.requestId);
  if (filter.shipmentId) query = query.where('t.shipmentId', '=', filter.shipmentId);
  if (filter.dueBefore) query = query.where('t.dueOn', '<', filter.dueBefore);
  if (filter.beforeId) query = query.where('t.id', '<', filter.beforeId);
  return query.execute();
}

const shipmentColumns = [
  'id',
  'shipmentNumber',
  'providerId',
  'warehouseId',
  'carrier',
  'trackingNumber',
  'status',
  'createdBy',
  'arrivedAt',
  'confirmedAt',
  'createdAt',
  'updatedAt',
] as const;

export async function insertShipment(
  db: Db,
  shipment: Pick<
    ReturnShipmentTable,
    'shipmentNumber' | 'providerId' | 'warehouseId' | 'carrier' | 'trackingNumber' | 'status' | 'createdBy'
  >,
) {
  return db.insertInto('returnShipments').values(shipment).returning(shipmentColumns).executeTakeFirstOrThrow();
}

export async function findShipment(db: Db, id: number, options: { forUpdate?: boolean } = {}) {
  const query = db.selectFrom('returnShipments').select(shipmentColumns).where('id', '=', id);
  return (options.forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export type ReturnShipmentRow = NonNullable<Awaited<ReturnType<typeof findShipment>>>;

export async function updateShipment(db: Db, id: number, changes: Updateable<ReturnShipmentTable>) {
  return changeRecord(db.updateTable('returnShipments'), id, changes)
    .returning(shipmentColumns)
    .executeTakeFirstOrThrow();
}

export async function listShipments(db: Db, filter: TenantListFilter<ShipmentStatus>) {
  return tenantPage(db.selectFrom('returnShipments').select(shipmentColumns), filter).execute();
}

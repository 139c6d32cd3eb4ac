import { sql, type Kysely, type Updateable } from '@sanbao/db';
import type { PartsDatabase, PartsRequestLineTable, PartsRequestTable } from '../schema.ts';
import { changeRecord, tenantPage, type TenantListFilter } from '../shared/record-queries.ts';
import type { RequestStatus } from './request-states.ts';

type Db = Kysely<PartsDatabase>;

const requestColumns = [
  'id',
  'requestNumber',
  'providerId',
  'warehouseId',
  'purpose',
  'claimId',
  'serial',
  'modelCode',
  'status',
  'totalValueFen',
  'overCreditLimit',
  'exposureAtSubmitFen',
  'carrier',
  'trackingNumber',
  'note',
  'createdBy',
  'submittedAt',
  'decidedAt',
  'shippedAt',
  'createdAt',
  'updatedAt',
] as const;

export async function insertRequest(
  db: Db,
  request: Omit<
    PartsRequestTable,
    | 'id'
    | 'overCreditLimit'
    | 'exposureAtSubmitFen'
    | 'carrier'
    | 'trackingNumber'
    | 'submittedAt'
    | 'decidedAt'
    | 'shippedAt'
    | 'createdAt'
    | 'updatedAt'
  >,
) {
  return db.insertInto('partsRequests').values(request).returning(requestColumns).executeTakeFirstOrThrow();
}

export async function insertRequestLines(
  db: Db,
  lines: Pick<
    PartsRequestLineTable,
    'requestId' | 'lineNo' | 'partId' | 'requestedCode' | 'quantity' | 'unitCostFen'
  >[],
) {
  await db.insertInto('partsRequestLines').values(lines).execute();
}

export async function findRequest(db: Db, id: number, options: { forUpdate?: boolean } = {}) {
  const query = db.selectFrom('partsRequests').select(requestColumns).where('id', '=', id);
  return (options.forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export type PartsRequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export async function linesOf(db: Db, requestIds: number[]) {
  if (requestIds.length === 0) return [];
  return db
    .selectFrom('partsRequestLines as l')
    .innerJoin('parts as p', 'p.id', 'l.partId')
    .select([
      'l.id',
      'l.requestId',
      'l.lineNo',
      'l.partId',
      'p.code as partCode',
      'p.nameZh',
      'p.nameEn',
      'p.partClass',
      'p.returnable',
      'l.requestedCode',
      'l.quantity',
      'l.unitCostFen',
      'l.quantityReceived',
      'l.quantityConsumed',
    ])
    .where('l.requestId', 'in', requestIds)
    .orderBy('l.requestId')
    .orderBy('l.lineNo')
    .execute();
}

export type PartsRequestLineRow = Awaited<ReturnType<typeof linesOf>>[number];

export async function updateRequest(db: Db, id: number, changes: Updateable<PartsRequestTable>) {
  return changeRecord(db.updateTable('partsRequests'), id, changes).returning(requestColumns).executeTakeFirstOrThrow();
}

export async function addReceivedQuantity(db: Db, lineId: number, quantity: number) {
  await db
    .updateTable('partsRequestLines')
    .set({ quantityReceived: sql<number>`quantity_received + ${quantity}::int`, updatedAt: sql<Date>`now()` })
    .where('id', '=', lineId)
    .execute();
}

export async function addConsumedQuantity(db: Db, lineId: number, quantity: number) {
  await db
    .updateTable('partsRequestLines')
    .set({ quantityConsumed: sql<number>`quantity_consumed + ${quantity}::int`, updatedAt: sql<Date>`now()` })
    .where('id', '=', lineId)
    .execute();
}

export async function listRequests(db: Db, filter: TenantListFilter<RequestStatus>) {
  return tenantPage(db.selectFrom('partsRequests').select(requestColumns), filter).execute();
}

/** Codes in the BOM of a model. */
export async function bomPartCodes(db: Db, modelCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('bomLines as b')
    .innerJoin('parts as p', 'p.id', 'b.partId')
    .select('p.code')
    .where('b.modelCode', '=', modelCode)
    .execute();
  return rows.map((r) => r.code);
}

import type { Kysely } from '@sanbao/db';
import type { SettlementDatabase } from '../schema.ts';
import type { LineComputation, LineExplanation, LineInputs } from './line-computation.ts';

export type { LineExplanation } from './line-computation.ts';

export interface StoredLine extends LineInputs {
  id: number;
  claimId: string;
  providerId: string;
  businessDate: string;
  rateCardVersionId: number;
  standardMinutes: number | null;
  travelBandFromKm: number | null;
  amountFen: number;
  explanation: LineExplanation;
  transferId: number | null;
}

type Db = Kysely<SettlementDatabase>;

const lineColumns = [
  'id',
  'claimId',
  'providerId',
  'businessDate',
  'serviceType',
  'rateCardVersionId',
  'operationCode',
  'category',
  'grade',
  'region',
  'oneWayMeters',
  'partsCostFen',
  'standardMinutes',
  'travelBandFromKm',
  'amountFen',
  'explanation',
  'transferId',
] as const;

/** One line per claim: a second insert for the same claim writes nothing and returns null. */
export async function insertLine(
  db: Db,
  line: {
    claimId: string;
    providerId: string;
    businessDate: string;
    inputs: LineInputs;
    computation: LineComputation;
    transferId: number | null;
    modelCode?: string | null | undefined;
    partCode?: string | null | undefined;
  },
): Promise<StoredLine | null> {
  const { computation: c } = line;
  const row = await db
    .insertInto('settlementLines')
    .values({
      claimId: line.claimId,
      providerId: line.providerId,
      businessDate: line.businessDate,
      ...line.inputs,
      rateCardVersionId: c.rateCardVersionId,
      standardMinutes: c.standardMinutes,
      travelBandFromKm: c.travelBandFromKm,
      amountFen: c.amountFen,
      explanation: JSON.stringify({
        components: c.components,
        rounding: c.rounding,
        notes: c.notes,
      } satisfies LineExplanation),
      transferId: line.transferId,
      modelCode: line.modelCode ?? null,
      partCode: line.partCode ?? null,
    })
    .onConflict((oc) => oc.column('claimId').doNothing())
    .returning(lineColumns)
    .executeTakeFirst();
  return row ?? null;
}

export async function lineOfClaim(db: Db, claimId: string): Promise<StoredLine | null> {
  return (
    (await db.selectFrom('settlementLines').select(lineColumns).where('claimId', '=', claimId).executeTakeFirst()) ??
    null
  );
}

/** Lines in id order after a cursor, for replays and pages. */
export async function linesAfter(db: Db, afterId: number, limit: number, providerId?: string): Promise<StoredLine[]> {
  let query = db.selectFrom('settlementLines').select(lineColumns).where('id', '>', afterId);
  if (providerId !== undefined) query = query.where('providerId', '=', providerId);
  return query.orderBy('id').limit(limit).execute();
}

export async function lineById(db: Db, id: number): Promise<StoredLine | null> {
  return (await db.selectFrom('settlementLines').select(lineColumns).where('id', '=', id).executeTakeFirst()) ?? null;
}

/** Newest first, below a cursor, within a provider and CST business dates when given. */
export async function linesPage(
  db: Db,
  filter: {
    providerId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    beforeId?: number | undefined;
    limit: number;
  },
): Promise<StoredLine[]> {
  let query = db.selectFrom('settlementLines').select(lineColumns);
  if (filter.providerId !== undefined) query = query.where('providerId', '=', filter.providerId);
  if (filter.from !== undefined) query = query.where('businessDate', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('businessDate', '<=', filter.to);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  return query.orderBy('id', 'desc').limit(filter.limit).execute();
}

import { type ColumnType, type Generated, type Kysely } from '@sanbao/db';
import type { ServiceType } from '../rate-cards/rate-card.ts';
import type { SettlementDatabase } from '../schema.ts';
import type { LineComputation, LineInputs } from './line-computation.ts';

export interface SettlementLineTable {
  id: Generated<number>;
  claimId: string;
  providerId: string;
  businessDate: string;
  serviceType: ServiceType;
  rateCardVersionId: number;
  operationCode: string;
  category: string;
  grade: string;
  region: string;
  oneWayMeters: number;
  partsCostFen: number;
  standardMinutes: number | null;
  travelBandFromKm: number | null;
  amountFen: number;
  explanation: ColumnType<LineExplanation, string, never>;
  transferId: number | null;
  createdAt: Generated<Date>;
}

export type LineExplanation = Pick<LineComputation, 'components' | 'rounding' | 'notes'>;

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

import type { Kysely } from '@sanbao/db';
import type { SettlementDatabase } from '../schema.ts';
import { rateCardSchema, type RateCard, type RateCardVersion } from './rate-card.ts';

type Db = Kysely<SettlementDatabase>;

const toVersion = (row: { id: number; effectiveFrom: string; card: unknown }): RateCardVersion => ({
  id: row.id,
  effectiveFrom: row.effectiveFrom,
  card: rateCardSchema.parse(row.card),
});

/** Publishes a validated rate card; null when a version already takes effect on that date. */
export async function insertRateCardVersion(
  db: Db,
  input: { effectiveFrom: string; card: RateCard; publishedBy: string },
): Promise<RateCardVersion | null> {
  const row = await db
    .insertInto('rateCardVersions')
    .values({ effectiveFrom: input.effectiveFrom, card: JSON.stringify(input.card), publishedBy: input.publishedBy })
    .onConflict((oc) => oc.column('effectiveFrom').doNothing())
    .returning(['id', 'effectiveFrom', 'card'])
    .executeTakeFirst();
  return row ? toVersion(row) : null;
}

/** The version in force on a CST business date: the latest effective on or before it. */
export async function rateCardInForce(db: Db, businessDate: string): Promise<RateCardVersion | null> {
  const row = await db
    .selectFrom('rateCardVersions')
    .select(['id', 'effectiveFrom', 'card'])
    .where('effectiveFrom', '<=', businessDate)
    .orderBy('effectiveFrom', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toVersion(row) : null;
}

export async function rateCardVersionsByIds(db: Db, ids: readonly number[]): Promise<Map<number, RateCardVersion>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('rateCardVersions')
    .select(['id', 'effectiveFrom', 'card'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, toVersion(r)]));
}

/** The latest versions first. */
export async function latestRateCardVersions(db: Db, limit: number): Promise<RateCardVersion[]> {
  const rows = await db
    .selectFrom('rateCardVersions')
    .select(['id', 'effectiveFrom', 'card'])
    .orderBy('effectiveFrom', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toVersion);
}

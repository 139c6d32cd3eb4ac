import { sql, type Kysely } from '@sanbao/db';
import type { WarrantyDatabase } from '../schema.ts';

type Db = Kysely<WarrantyDatabase>;

export const listPolicyRows = (db: Db, categoryCode?: string) =>
  db
    .selectFrom('policies')
    .selectAll()
    .$if(categoryCode !== undefined, (q) => q.where('categoryCode', '=', categoryCode!))
    .orderBy('categoryCode')
    .orderBy('version', 'desc')
    .execute();

/**
 * Serializes version numbering of one category until the transaction ends: two publications at once
 * would otherwise both read the same latest version and collide on the next.
 */
export const lockPolicyVersions = async (trx: Db, categoryCode: string) => {
  await sql`select pg_advisory_xact_lock(hashtext('warranty.policies'), hashtext(${categoryCode}))`.execute(trx);
};

export const latestPolicyVersion = async (db: Db, categoryCode: string) =>
  (
    await db
      .selectFrom('policies')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('categoryCode', '=', categoryCode)
      .executeTakeFirst()
  )?.v ?? 0;

export const insertPolicyRow = (
  db: Db,
  row: {
    categoryCode: string;
    version: number;
    effectiveFrom: string;
    nameZh: string;
    nameEn: string;
    terms: unknown;
    needsLegalReview: boolean;
    sourceRules: string[];
    note: string | null;
    publishedBy: string;
  },
) =>
  db
    .insertInto('policies')
    .values({ ...row, terms: JSON.stringify(row.terms) })
    .returningAll()
    .executeTakeFirstOrThrow();

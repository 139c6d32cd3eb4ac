import { sql, type Kysely } from '@sanbao/db';
import type { PolicyKind } from '@sanbao/workflows/contracts';
import type { ApprovalsDatabase } from '../schema.ts';

export const currentPolicyRow = (db: Kysely<ApprovalsDatabase>, kind: PolicyKind) =>
  db
    .selectFrom('approvalPolicies')
    .selectAll()
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();

export const policyRows = (db: Kysely<ApprovalsDatabase>, kind: PolicyKind | undefined) => {
  let q = db.selectFrom('approvalPolicies').selectAll();
  if (kind) q = q.where('kind', '=', kind);
  return q.orderBy('kind').orderBy('version', 'desc').execute();
};

/**
 * Appends the next version of `kind`. Two publishers racing compute the same version; the unique key
 * lets one win and the other fail (the caller retries), so versions never repeat.
 */
export async function insertNextVersion(
  db: Kysely<ApprovalsDatabase>,
  kind: PolicyKind,
  document: object,
  note: string | null,
  publishedBy: string,
) {
  return db
    .insertInto('approvalPolicies')
    .values({
      kind,
      version: sql<number>`(select coalesce(max(version), 0) + 1 from approval_policies where kind = ${kind})`,
      document: JSON.stringify(document),
      note,
      publishedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

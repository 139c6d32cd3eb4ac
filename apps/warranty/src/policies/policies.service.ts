import { inTransaction, type Kysely } from '@sanbao/db';
import { badRequest } from '@sanbao/trpc';
import { annexPolicies, policySchema, type Policy } from '@sanbao/warranty-rules';
import type { WarrantyDatabase } from '../schema.ts';
import { insertPolicyRow, latestPolicyVersion, listPolicyRows, lockPolicyVersions } from './policies.repository.ts';

type Db = Kysely<WarrantyDatabase>;
type PolicyRow = Awaited<ReturnType<typeof listPolicyRows>>[number];

/** The day the seeded annex policies take effect: far enough back for every sale in the registry. */
export const annexEffectiveFrom = '1995-08-25';

export const toPolicy = (row: PolicyRow) => ({
  id: row.id,
  categoryCode: row.categoryCode,
  version: row.version,
  effectiveFrom: row.effectiveFrom,
  nameZh: row.nameZh,
  nameEn: row.nameEn,
  terms: row.terms as Policy,
  needsLegalReview: row.needsLegalReview,
  sourceRules: row.sourceRules,
  note: row.note,
  publishedBy: row.publishedBy,
  publishedAt: row.createdAt.toISOString(),
});

/** Seeds version 1 of every annex category that has no policy yet; safe to run on every start. */
export async function seedPoliciesFromAnnex(db: Db): Promise<number> {
  let seeded = 0;
  await inTransaction(db, async (trx) => {
    for (const preset of Object.values(annexPolicies)) {
      await lockPolicyVersions(trx, preset.code);
      if ((await latestPolicyVersion(trx, preset.code)) > 0) continue;
      await insertPolicyRow(trx, {
        categoryCode: preset.code,
        version: 1,
        effectiveFrom: annexEffectiveFrom,
        nameZh: preset.nameZh,
        nameEn: preset.nameEn,
        terms: preset.policy,
        needsLegalReview: preset.needsLegalReview,
        sourceRules: preset.sourceRules,
        note: preset.note ?? null,
        publishedBy: 'seed:annex',
      });
      seeded++;
    }
  });
  return seeded;
}

export interface PublishPolicy {
  categoryCode: string;
  effectiveFrom: string;
  nameZh: string;
  nameEn: string;
  terms: unknown;
  needsLegalReview: boolean;
  note?: string | undefined;
}

/** A new version of a category's policy; earlier versions stay, and stored decisions keep theirs. */
export async function publishPolicy(db: Db, input: PublishPolicy, actor: string) {
  const terms = policySchema.safeParse(input.terms);
  if (!terms.success)
    throw badRequest(
      `terms.${terms.error.issues[0]?.path.join('.') ?? ''}`.replace(/\.$/, ''),
      terms.error.issues[0]?.message ?? 'invalid',
    );
  return inTransaction(db, async (trx) => {
    await lockPolicyVersions(trx, input.categoryCode);
    const version = (await latestPolicyVersion(trx, input.categoryCode)) + 1;
    const row = await insertPolicyRow(trx, {
      categoryCode: input.categoryCode,
      version,
      effectiveFrom: input.effectiveFrom,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      terms: terms.data,
      needsLegalReview: input.needsLegalReview,
      sourceRules: [],
      note: input.note ?? null,
      publishedBy: actor,
    });
    return toPolicy(row);
  });
}

export const listPolicies = async (db: Db, categoryCode?: string) =>
  (await listPolicyRows(db, categoryCode)).map(toPolicy);

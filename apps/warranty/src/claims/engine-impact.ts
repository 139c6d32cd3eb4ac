import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from '@sanbao/db';
import { ENGINE_VERSION, safeAdjudicate, type Decision } from '@sanbao/warranty-rules';
import type { z } from 'zod';
import type { WarrantyDatabase } from '../schema.ts';
import { latestAdjudicationsPage } from './claims.repository.ts';
import type { engineImpactInput } from './claims.schemas.ts';

type Db = Kysely<WarrantyDatabase>;
type ImpactRow = Awaited<ReturnType<typeof latestAdjudicationsPage>>[number];

/** What of a decision matters to the consumer and the manufacturer: remedies with their amounts, refusals, periods, deadline, flags. */
function outcome(decision: Decision) {
  return {
    remedies: decision.remedies.map(({ kind, rule, free, refundFen, depreciationFen, usageFeeFen }) =>
      Object.fromEntries(
        Object.entries({ kind, rule, free, refundFen, depreciationFen, usageFeeFen }).filter(
          ([, v]) => v !== undefined,
        ),
      ),
    ),
    denied: decision.denied.map(({ kind, rule }) => ({ kind, rule })),
    coverage: decision.coverage,
    noReasonDeadline: decision.noReasonDeadline ?? null,
    flags: [...decision.flags].sort(),
  };
}

type Outcome = ReturnType<typeof outcome>;
const ASPECTS = ['remedies', 'denied', 'coverage', 'noReasonDeadline', 'flags'] as const satisfies ReadonlyArray<
  keyof Outcome
>;

/** The stored decision next to the current engine's on the same stored facts; null when nothing would change. */
function impactOf(row: ImpactRow) {
  const stored = outcome(row.decision as Decision);
  const result = safeAdjudicate(row.facts);
  const recomputed = result.success ? outcome(result.decision) : null;
  const changes: string[] = recomputed
    ? ASPECTS.filter((aspect) => !isDeepStrictEqual(stored[aspect], recomputed[aspect]))
    : ['facts_rejected'];
  if (changes.length === 0) return null;
  return {
    claimId: row.claimId,
    claimNo: row.claimNo,
    providerId: row.providerId,
    state: row.state,
    storedEngineVersion: row.engineVersion,
    adjudicatedAt: row.createdAt.toISOString(),
    changes,
    stored,
    recomputed,
    rejection: result.success ? null : (result.error.issues[0]?.message ?? 'the stored facts no longer validate'),
  };
}

const SCAN_BATCH = 500;

/**
 * Which stored decisions the current engine would decide differently on the same stored facts. Stored
 * decisions are never changed (they keep the engine version they were made under); this only reports,
 * so a manufacturer can see the effect of a new engine before it decides new claims. Every stored
 * decision is scanned for the counts; the list is paged by claim id, newest first.
 */
export async function engineImpact(db: Db, input: z.infer<typeof engineImpactInput>) {
  const byChange: Record<string, number> = {};
  const byStoredVersion: Record<string, number> = {};
  const items: Array<NonNullable<ReturnType<typeof impactOf>>> = [];
  let scanned = 0;
  let changed = 0;
  let more = false;
  let cursor: number | undefined;
  for (;;) {
    const rows = await latestAdjudicationsPage(db, { before: cursor, limit: SCAN_BATCH });
    for (const row of rows) {
      scanned += 1;
      const impact = impactOf(row);
      if (!impact) continue;
      changed += 1;
      byStoredVersion[row.engineVersion] = (byStoredVersion[row.engineVersion] ?? 0) + 1;
      for (const change of impact.changes) byChange[change] = (byChange[change] ?? 0) + 1;
      if (input.before !== undefined && row.claimId >= input.before) continue;
      if (items.length < input.limit) items.push(impact);
      else more = true;
    }
    if (rows.length < SCAN_BATCH) break;
    cursor = rows.at(-1)!.claimId;
  }
  return {
    engineVersion: ENGINE_VERSION,
    scanned,
    changed,
    byChange,
    byStoredVersion,
    items,
    nextBefore: more ? items.at(-1)!.claimId : null,
  };
}

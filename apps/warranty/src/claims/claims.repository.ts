import { sql, type Kysely, type Transaction } from '@sanbao/db';
import type { WarrantyDatabase } from '../schema.ts';
import type { ClaimState } from './claim-states.ts';

type Db = Kysely<WarrantyDatabase> | Transaction<WarrantyDatabase>;

export const nextClaimSequence = async (db: Db) =>
  Number((await sql<{ n: string }>`select nextval('claim_number_seq') as n`.execute(db)).rows[0]!.n);

export const insertClaim = (
  db: Db,
  claim: Omit<
    WarrantyDatabase['claims'],
    'id' | 'createdAt' | 'updatedAt' | 'chosenRemedy' | 'chosenRule' | 'chosenAmountFen'
  >,
) => db.insertInto('claims').values(claim).returningAll().executeTakeFirstOrThrow();

export const insertAdjudication = (
  db: Db,
  row: {
    claimId: number;
    facts: unknown;
    decision: unknown;
    engineVersion: string;
    policyId: number;
    policyVersion: number;
  },
) =>
  db
    .insertInto('claimAdjudications')
    .values({ ...row, facts: JSON.stringify(row.facts), decision: JSON.stringify(row.decision) })
    .returningAll()
    .executeTakeFirstOrThrow();

/** A claim's state change, in the audit trail (append-only: a trigger refuses updates and deletes). */
export const insertClaimEvent = (
  db: Db,
  {
    claimId,
    ...change
  }: {
    claimId: number;
    fromState: ClaimState | null;
    toState: ClaimState;
    actor: string;
    actorRole: string;
    reason: string | null;
  },
) =>
  db
    .insertInto('auditTrail')
    .values({ entity: 'claim', entityId: claimId, ...change })
    .execute();

export const setClaimState = (
  db: Db,
  claimId: number,
  state: ClaimState,
  extra: Partial<Pick<WarrantyDatabase['claims'], 'chosenRemedy' | 'chosenRule' | 'chosenAmountFen'>> = {},
) =>
  db
    .updateTable('claims')
    .set({ state, ...extra, updatedAt: sql<Date>`now()` })
    .where('id', '=', claimId)
    .returningAll()
    .executeTakeFirstOrThrow();

/** The claim with its unit's serial and model; `forUpdate` locks it for a state change. */
export const findClaim = (db: Db, claimId: number, forUpdate = false) =>
  db
    .selectFrom('claims as c')
    .innerJoin('soldUnits as u', 'u.id', 'c.unitId')
    .selectAll('c')
    .select(['u.serial', 'u.modelCode'])
    .where('c.id', '=', claimId)
    .$if(forUpdate, (q) => q.forUpdate('c'))
    .executeTakeFirst();

export const latestAdjudication = (db: Db, claimId: number) =>
  db
    .selectFrom('claimAdjudications')
    .selectAll()
    .where('claimId', '=', claimId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

export const claimEvents = (db: Db, claimId: number) =>
  db
    .selectFrom('auditTrail')
    .select(['fromState', 'toState', 'actor', 'actorRole', 'reason', 'at'])
    .where('entity', '=', 'claim')
    .where('entityId', '=', claimId)
    .orderBy('id')
    .execute();

export function listClaimRows(
  db: Db,
  filter: {
    providerId?: string | undefined;
    state?: ClaimState | undefined;
    serial?: string | undefined;
    limit: number;
    before?: number | undefined;
  },
) {
  return db
    .selectFrom('claims as c')
    .innerJoin('soldUnits as u', 'u.id', 'c.unitId')
    .selectAll('c')
    .select(['u.serial', 'u.modelCode'])
    .$if(filter.providerId !== undefined, (q) => q.where('c.providerId', '=', filter.providerId!))
    .$if(filter.state !== undefined, (q) => q.where('c.state', '=', filter.state!))
    .$if(filter.serial !== undefined, (q) => q.where('u.serial', '=', filter.serial!))
    .$if(filter.before !== undefined, (q) => q.where('c.id', '<', filter.before!))
    .orderBy('c.id', 'desc')
    .limit(filter.limit)
    .execute();
}

/** The latest stored decision of each claim, newest claim first, claims below `before` (keyset pages). */
export function latestAdjudicationsPage(db: Db, page: { before?: number | undefined; limit: number }) {
  return db
    .selectFrom('claimAdjudications as a')
    .innerJoin('claims as c', 'c.id', 'a.claimId')
    .distinctOn('a.claimId')
    .select([
      'a.claimId',
      'a.facts',
      'a.decision',
      'a.engineVersion',
      'a.createdAt',
      'c.claimNo',
      'c.providerId',
      'c.state',
    ])
    .$if(page.before !== undefined, (q) => q.where('a.claimId', '<', page.before!))
    .orderBy('a.claimId', 'desc')
    .orderBy('a.id', 'desc')
    .limit(page.limit)
    .execute();
}

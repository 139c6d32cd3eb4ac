import { isDeepStrictEqual } from 'node:util';
import { inTransaction, type Kysely, type Transaction } from '@sanbao/db';
import { badRequest, DomainError, notFound, tenancyOf } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import { cstDateOf, formatBusinessNumber, todayInChina } from '@sanbao/calendar';
import {
  ENGINE_VERSION,
  safeAdjudicate,
  type Claim,
  type ClaimFacts,
  type Decision,
  type RemedyKind,
} from '@sanbao/warranty-rules';
import type { z } from 'zod';
import type { ClaimWork } from '@sanbao/workflows/contracts';
import type { WarrantyDatabase } from '../schema.ts';
import { buildClaimFacts } from './claim-facts.ts';
import { signalClaimCompleted, startClaimApproval } from './claim-workflow.ts';
import { canMove, type ClaimState } from './claim-states.ts';
import { adjudicationView, claimSummary, type ClaimView } from './claim-view.ts';
import {
  claimEvents,
  findClaim,
  insertAdjudication,
  insertClaim,
  insertClaimEvent,
  latestAdjudication,
  listClaimRows,
  nextClaimSequence,
  setClaimState,
} from './claims.repository.ts';
import type {
  chooseRemedyInput,
  claimReportSchema,
  completeClaimInput,
  listClaimsInput,
  openClaimInput,
} from './claims.schemas.ts';
import { loadUnitFacts } from './unit-facts.repository.ts';

type Db = Kysely<WarrantyDatabase>;

/** Facts for a serial and a reported problem, with the policy they were judged under. */
export async function factsFor(
  db: Db,
  serial: string,
  report: z.infer<typeof claimReportSchema>,
  now: Date = new Date(),
) {
  const unit = await loadUnitFacts(db, serial);
  if (!unit) throw badRequest('serial', `unknown serial ${serial}`);
  if (!unit.policy)
    throw new DomainError(
      'PRECONDITION_FAILED',
      `no warranty policy for category ${unit.categoryCode} on ${unit.invoiceDate}`,
    );
  const claim: Claim = { ...report, raisedAt: report.raisedAt ?? now.toISOString() };
  if (cstDateOf(claim.raisedAt) < unit.invoiceDate) {
    throw badRequest(
      'claim.raisedAt',
      `the problem was raised on ${cstDateOf(claim.raisedAt)} (CST), before the sale on ${unit.invoiceDate}`,
    );
  }
  return { unit, facts: buildClaimFacts(unit, claim), policy: unit.policy };
}

/** The engine's verdict; facts the engine refuses are the caller's bad input, named by field. */
export function decide(facts: ClaimFacts): Decision {
  const result = safeAdjudicate(facts);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badRequest(issue?.path.join('.') || 'claim', issue?.message ?? 'the claim facts are incomplete');
  }
  return result.decision;
}

function ownedBy(user: AuthUser, providerId: string) {
  const own = tenancyOf(user).providerId;
  return own === undefined || own === providerId;
}

async function viewOf(
  db: Db,
  claimId: number,
  user: AuthUser,
): Promise<
  ClaimView & {
    events: Array<{ from: string | null; to: string; actor: string; role: string; reason: string | null; at: string }>;
  }
> {
  const row = await findClaim(db, claimId);
  if (!row || !ownedBy(user, row.providerId)) throw notFound(`claim ${claimId}`);
  const [adjudication, events] = await Promise.all([latestAdjudication(db, claimId), claimEvents(db, claimId)]);
  return {
    ...claimSummary(row),
    adjudication: adjudication ? adjudicationView(adjudication) : null,
    events: events.map((e) => ({
      from: e.fromState,
      to: e.toState,
      actor: e.actor,
      role: e.actorRole,
      reason: e.reason,
      at: e.at.toISOString(),
    })),
  };
}

export async function openClaim(db: Db, input: z.infer<typeof openClaimInput>, user: AuthUser) {
  const providerId = user.role === 'provider' ? user.providerId! : input.providerId;
  if (!providerId) throw badRequest('providerId', 'name the service provider the claim is for');
  const { unit, facts, policy } = await factsFor(db, input.serial, input.claim);
  const decision = decide(facts);
  const claimId = await inTransaction(db, async (trx) => {
    const claimNo = formatBusinessNumber('WC', todayInChina(new Date()), await nextClaimSequence(trx));
    const claim = await insertClaim(trx, {
      claimNo,
      unitId: unit.id,
      providerId,
      type: facts.claim.type,
      state: 'opened',
      raisedAt: new Date(facts.claim.raisedAt),
      description: input.description ?? null,
    });
    await insertClaimEvent(trx, {
      claimId: claim.id,
      fromState: null,
      toState: 'opened',
      actor: user.sub,
      actorRole: user.role,
      reason: null,
    });
    await insertAdjudication(trx, {
      claimId: claim.id,
      facts,
      decision,
      engineVersion: ENGINE_VERSION,
      policyId: policy.id,
      policyVersion: policy.version,
    });
    await setClaimState(trx, claim.id, 'adjudicated');
    await insertClaimEvent(trx, {
      claimId: claim.id,
      fromState: 'opened',
      toState: 'adjudicated',
      actor: 'engine',
      actorRole: 'system',
      reason: `engine ${ENGINE_VERSION}, policy ${policy.categoryCode} v${policy.version}`,
    });
    return claim.id;
  });
  return viewOf(db, claimId, user);
}

/** Moves a claim one step, under a row lock, with the audit event in the same transaction. */
async function moveClaim(
  db: Db,
  claimId: number,
  to: ClaimState,
  user: AuthUser,
  reason: string | undefined,
  extra: (
    trx: Transaction<WarrantyDatabase>,
    claim: NonNullable<Awaited<ReturnType<typeof findClaim>>>,
  ) => Promise<Parameters<typeof setClaimState>[3]> = async () => ({}),
  /** On completion: the work the provider reports, passed on to the claim's workflow for its settlement line. */
  work?: ClaimWork,
) {
  await inTransaction(db, async (trx) => {
    const claim = await findClaim(trx, claimId, true);
    if (!claim || !ownedBy(user, claim.providerId)) throw notFound(`claim ${claimId}`);
    if (!canMove(claim.state, to))
      throw new DomainError('CONFLICT', `claim ${claim.claimNo} is ${claim.state}; it cannot become ${to}`);
    await setClaimState(trx, claimId, to, await extra(trx, claim));
    await insertClaimEvent(trx, {
      claimId,
      fromState: claim.state,
      toState: to,
      actor: user.sub,
      actorRole: user.role,
      reason: reason ?? null,
    });
    if (to === 'completed') await signalClaimCompleted(trx, claimId, new Date(), work);
  });
  return viewOf(db, claimId, user);
}

export function chooseRemedy(db: Db, input: z.infer<typeof chooseRemedyInput>, user: AuthUser) {
  return moveClaim(db, input.claimId, 'remedy_chosen', user, `customer chose ${input.remedy}`, async (trx, claim) => {
    const adjudication = await latestAdjudication(trx, claim.id);
    const remedy = (adjudication?.decision as Decision | undefined)?.remedies.find(
      (r) => r.kind === (input.remedy as RemedyKind),
    );
    if (!remedy) throw badRequest('remedy', `${input.remedy} is not among the remedies the decision offers`);
    await startClaimApproval(trx, claim, remedy, adjudication!.facts as ClaimFacts);
    return { chosenRemedy: remedy.kind, chosenRule: remedy.rule, chosenAmountFen: remedy.refundFen ?? null };
  });
}

export const claimMoves = {
  requestApproval: 'awaiting_approval',
  approve: 'in_progress',
  startWork: 'in_progress',
  reject: 'rejected',
  complete: 'completed',
  cancel: 'cancelled',
} as const satisfies Record<string, ClaimState>;

export const moveClaimTo = (db: Db, claimId: number, to: ClaimState, user: AuthUser, reason?: string) =>
  moveClaim(db, claimId, to, user, reason);

/** The work is done: the claim is completed and its workflow settles it from the work reported. */
export const completeClaim = (db: Db, input: z.infer<typeof completeClaimInput>, user: AuthUser) =>
  moveClaim(db, input.claimId, 'completed', user, input.reason, undefined, input.work);

export const getClaim = (db: Db, claimId: number, user: AuthUser) => viewOf(db, claimId, user);

export async function listClaims(db: Db, filter: z.infer<typeof listClaimsInput>, user: AuthUser) {
  const rows = await listClaimRows(db, { ...filter, providerId: tenancyOf(user).providerId });
  return { items: rows.map(claimSummary), nextBefore: rows.length === filter.limit ? rows.at(-1)!.id : null };
}

/** Runs the engine again on the stored snapshot: the same facts must give the same decision. */
export async function readjudicate(db: Db, claimId: number, user: AuthUser) {
  const claim = await findClaim(db, claimId);
  if (!claim || !ownedBy(user, claim.providerId)) throw notFound(`claim ${claimId}`);
  const stored = await latestAdjudication(db, claimId);
  if (!stored) throw notFound(`adjudication of claim ${claimId}`);
  const recomputed = decide(stored.facts as ClaimFacts);
  return {
    claimId,
    reproduced: isDeepStrictEqual(recomputed, stored.decision),
    storedEngineVersion: stored.engineVersion,
    engineVersion: ENGINE_VERSION,
    stored: stored.decision as Decision,
    recomputed,
  };
}

const partsRemedies: ReadonlySet<RemedyKind> = new Set(['repair', 'replace', 'replace_part']);

/** For the parts service: may free parts be issued against this claim? */
export async function claimCoverage(db: Db, claimId: number) {
  const claim = await findClaim(db, claimId);
  if (!claim) return null;
  const decision = (await latestAdjudication(db, claimId))?.decision as Decision | undefined;
  const open = !['rejected', 'cancelled', 'completed'].includes(claim.state);
  const covered = open && Boolean(decision?.remedies.some((r) => r.free && partsRemedies.has(r.kind)));
  return {
    claimId,
    claimNo: claim.claimNo,
    providerId: claim.providerId,
    serial: claim.serial,
    modelCode: claim.modelCode,
    state: claim.state,
    covered,
  };
}

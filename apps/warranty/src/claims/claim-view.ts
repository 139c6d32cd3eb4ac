import type { Decision } from '@sanbao/warranty-rules';
import type { findClaim, latestAdjudication } from './claims.repository.ts';

type ClaimRow = NonNullable<Awaited<ReturnType<typeof findClaim>>>;
type AdjudicationRow = NonNullable<Awaited<ReturnType<typeof latestAdjudication>>>;

export const claimSummary = (row: ClaimRow) => ({
  id: row.id,
  claimNo: row.claimNo,
  serial: row.serial,
  modelCode: row.modelCode,
  providerId: row.providerId,
  type: row.type,
  state: row.state,
  raisedAt: row.raisedAt.toISOString(),
  description: row.description,
  chosenRemedy: row.chosenRemedy,
  chosenRule: row.chosenRule,
  chosenAmountFen: row.chosenAmountFen,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const adjudicationView = (row: AdjudicationRow) => ({
  id: row.id,
  decision: row.decision as Decision,
  engineVersion: row.engineVersion,
  policyId: row.policyId,
  policyVersion: row.policyVersion,
  adjudicatedAt: row.createdAt.toISOString(),
});

export type ClaimView = ReturnType<typeof claimSummary> & { adjudication: ReturnType<typeof adjudicationView> | null };

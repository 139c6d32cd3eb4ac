import { todayInChina } from '@sanbao/calendar';
import { inTransaction, type Kysely } from '@sanbao/db';
import { addFen, multiplyFen } from '@sanbao/money';
import { badRequest, canSee, listFilter, notFound, notFoundField, preconditionFailed, tenancyOf } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { z } from 'zod';
import {
  signalRequestReceived,
  signalRequestShipped,
  startRequestApproval,
} from '../approval-workflows/approval-workflows.ts';
import { currentExposure } from '../exposure/exposure.service.ts';
import { wouldExceedCreditLimit } from '../exposure/exposure-math.ts';
import type { PartsDeps } from '../parts-deps.ts';
import { findProvider, lockProvider } from '../providers/providers.repository.ts';
import type { PartsDatabase, PartsRequestTable } from '../schema.ts';
import { historyOf, recordStateChange } from '../shared/audit-trail.ts';
import { nextBusinessNumbers } from '../shared/business-numbers.ts';
import { moveRequestStock } from '../stock/stock.service.ts';
import { findWarehouse } from '../warehouses/warehouses.repository.ts';
import { checkInBom, resolveRequestLines } from './request-lines.ts';
import { isFullyReceived, nextRequestStatus, type RequestAction } from './request-states.ts';
import {
  addReceivedQuantity,
  findRequest,
  insertRequest,
  insertRequestLines,
  linesOf,
  listRequests as listRequestRows,
  updateRequest,
  type PartsRequestRow,
} from './requests.repository.ts';
import type {
  createRequestInput,
  decisionInput,
  listRequestsInput,
  markShippedInput,
  recordReceiptInput,
} from './requests.schemas.ts';
import { requestView } from './requests.view.ts';
import type { Updateable } from '@sanbao/db';

type Db = Kysely<PartsDatabase>;

const withLines = async (db: Db, request: PartsRequestRow) => requestView(request, await linesOf(db, [request.id]));

/** A request the caller may not see is reported exactly like one that does not exist. */
export async function loadVisibleRequest(db: Db, user: AuthUser, requestId: number, forUpdate = false) {
  const request = await findRequest(db, requestId, { forUpdate });
  if (!request || !canSee(tenancyOf(user), request)) throw notFound(`parts request ${requestId}`);
  return request;
}

async function changeStatus(
  trx: Db,
  user: AuthUser,
  request: PartsRequestRow,
  action: RequestAction,
  options: {
    reason?: string | null | undefined;
    changes?: Updateable<PartsRequestTable>;
    fullyReceived?: boolean;
  } = {},
) {
  const to = nextRequestStatus(request.status, action, options.fullyReceived);
  const updated = await updateRequest(trx, request.id, { ...options.changes, status: to });
  await recordStateChange(trx, user, 'parts_request', request.id, request.status, to, options.reason);
  return updated;
}

/** The claim must exist and be this provider's; warranty parts also need it covered. */
async function claimFor(deps: PartsDeps, providerId: string, claimId: string, mustBeCovered: boolean) {
  const coverage = await deps.claimCoverage.getCoverage(claimId);
  if (!coverage || coverage.providerId !== providerId) throw notFoundField('claimId', `claim ${claimId}`);
  if (mustBeCovered && !coverage.covered)
    throw badRequest('claimId', `claim ${claimId} is not covered by warranty; request paid parts instead`);
  return coverage;
}

export async function createRequest(deps: PartsDeps, user: AuthUser, input: z.infer<typeof createRequestInput>) {
  const providerId = tenancyOf(user).providerId!;
  // The warranty service is asked before any row is locked; the call is short, but it holds the mutation's connection.
  const claim = input.claimId ? await claimFor(deps, providerId, input.claimId, input.purpose === 'warranty') : null;
  return inTransaction(deps.db, async (trx) => {
    const provider = await findProvider(trx, providerId);
    if (!provider) throw preconditionFailed(`service provider ${providerId} is not registered for parts`);
    const warehouseId = input.warehouseId ?? provider.defaultWarehouseId;
    if (!(await findWarehouse(trx, warehouseId))) throw notFoundField('warehouseId', `warehouse ${warehouseId}`);
    const lines = await resolveRequestLines(trx, input.lines);
    if (input.purpose === 'warranty') await checkInBom(trx, claim!.modelCode, lines);

    const [requestNumber] = await nextBusinessNumbers(trx, 'PR', 1, todayInChina(deps.clock()));
    const request = await insertRequest(trx, {
      requestNumber: requestNumber!,
      providerId,
      warehouseId,
      purpose: input.purpose,
      claimId: input.claimId ?? null,
      serial: claim?.serial ?? null,
      modelCode: claim?.modelCode ?? null,
      status: 'draft',
      totalValueFen: addFen(...lines.map((l) => multiplyFen(l.part.unitCostFen, l.quantity))),
      note: input.note ?? null,
      createdBy: user.sub,
    });
    await insertRequestLines(
      trx,
      lines.map((l) => ({
        requestId: request.id,
        lineNo: l.lineNo,
        partId: l.part.id,
        requestedCode: l.requestedCode,
        quantity: l.quantity,
        unitCostFen: l.part.unitCostFen,
      })),
    );
    await recordStateChange(trx, user, 'parts_request', request.id, null, 'draft');
    return withLines(trx, request);
  });
}

/**
 * Submits a draft. Warranty requests are checked again against the claim, and flagged when they would
 * take the provider past its credit limit: a flagged request cannot be auto-approved.
 */
export async function submitRequest(deps: PartsDeps, user: AuthUser, requestId: number) {
  const draft = await loadVisibleRequest(deps.db, user, requestId);
  if (draft.purpose === 'warranty' && draft.status === 'draft')
    await claimFor(deps, draft.providerId, draft.claimId!, true);
  return inTransaction(deps.db, async (trx) => {
    const provider = await lockProvider(trx, draft.providerId);
    const request = await loadVisibleRequest(trx, user, requestId, true);
    let credit = { overCreditLimit: false, exposureAtSubmitFen: null as number | null, reason: null as string | null };
    if (request.purpose === 'warranty' && provider) {
      const exposure = await currentExposure(trx, provider);
      const committedFen = addFen(exposure.pendingIssueFen, request.totalValueFen);
      const over = wouldExceedCreditLimit(exposure, committedFen);
      credit = {
        overCreditLimit: over,
        exposureAtSubmitFen: exposure.totalFen,
        reason: over
          ? `over credit limit: exposure ${exposure.totalFen} + pending ${exposure.pendingIssueFen} + this request ${request.totalValueFen} fen > limit ${exposure.creditLimitFen} fen; a manager must approve`
          : null,
      };
    }
    const updated = await changeStatus(trx, user, request, 'submit', {
      reason: credit.reason,
      changes: {
        submittedAt: deps.clock(),
        overCreditLimit: credit.overCreditLimit,
        exposureAtSubmitFen: credit.exposureAtSubmitFen,
      },
    });
    await startRequestApproval(trx, updated);
    return withLines(trx, updated);
  });
}

/**
 * A manager approves directly, or the approval workflow (role `system`) delivers the decision a manager
 * made in the inbox, naming them in `decidedBy`: the audit trail then records that manager as the one
 * who approved, and an over-credit request may be approved.
 */
export async function approveRequest(deps: PartsDeps, user: AuthUser, input: z.infer<typeof decisionInput>) {
  if (input.decidedBy && user.role !== 'system')
    throw badRequest('decidedBy', 'only the approval workflow (role system) delivers a decision made by someone else');
  const decider: AuthUser = input.decidedBy ? { sub: input.decidedBy.sub, role: input.decidedBy.role } : user;
  const reason = input.decidedBy ? [input.reason, `delivered by ${user.sub}`].filter(Boolean).join('; ') : input.reason;
  return inTransaction(deps.db, async (trx) => {
    const request = await loadVisibleRequest(trx, user, input.requestId, true);
    if (request.overCreditLimit && request.status === 'submitted' && decider.role !== 'manager') {
      throw preconditionFailed(
        `${request.requestNumber} would exceed the provider's credit limit: only a manager may approve it`,
      );
    }
    const updated = await changeStatus(trx, decider, request, 'approve', {
      reason,
      changes: { decidedAt: deps.clock() },
    });
    return withLines(trx, updated);
  });
}

export async function rejectRequest(deps: PartsDeps, user: AuthUser, requestId: number, reason: string) {
  return inTransaction(deps.db, async (trx) => {
    const request = await loadVisibleRequest(trx, user, requestId, true);
    const updated = await changeStatus(trx, user, request, 'reject', { reason, changes: { decidedAt: deps.clock() } });
    return withLines(trx, updated);
  });
}

/** Reserves every line in the request's warehouse, or nothing: a short line fails the whole request. */
export async function reserveRequest(deps: PartsDeps, user: AuthUser, requestId: number) {
  return inTransaction(deps.db, async (trx) => {
    const request = await loadVisibleRequest(trx, user, requestId, true);
    const updated = await changeStatus(trx, user, request, 'reserve');
    const lines = await linesOf(trx, [request.id]);
    await moveRequestStock(trx, 'reservation', request, lines, user.sub);
    return requestView(updated, lines);
  });
}

export async function markShipped(deps: PartsDeps, user: AuthUser, input: z.infer<typeof markShippedInput>) {
  return inTransaction(deps.db, async (trx) => {
    const request = await loadVisibleRequest(trx, user, input.requestId, true);
    const updated = await changeStatus(trx, user, request, 'ship', {
      reason: `${input.carrier} ${input.trackingNumber}`,
      changes: { carrier: input.carrier, trackingNumber: input.trackingNumber, shippedAt: deps.clock() },
    });
    const lines = await linesOf(trx, [request.id]);
    await moveRequestStock(trx, 'shipment', request, lines, user.sub);
    await signalRequestShipped(trx, { id: request.id, carrier: input.carrier, trackingNumber: input.trackingNumber });
    return requestView(updated, lines);
  });
}

/** The provider records what arrived; a shipment may arrive in parts. */
export async function recordReceipt(deps: PartsDeps, user: AuthUser, input: z.infer<typeof recordReceiptInput>) {
  return inTransaction(deps.db, async (trx) => {
    const request = await loadVisibleRequest(trx, user, input.requestId, true);
    nextRequestStatus(request.status, 'receive');
    const lines = await linesOf(trx, [request.id]);
    const seen = new Set<number>();
    for (const [i, received] of input.lines.entries()) {
      const line = lines.find((l) => l.id === received.lineId);
      if (!line) throw badRequest(`lines.${i}.lineId`, `line ${received.lineId} is not on ${request.requestNumber}`);
      if (seen.has(line.id)) throw badRequest(`lines.${i}.lineId`, `line ${received.lineId} is listed twice`);
      seen.add(line.id);
      const outstanding = line.quantity - line.quantityReceived;
      if (received.quantity > outstanding)
        throw badRequest(`lines.${i}.quantity`, `only ${outstanding} of ${line.partCode} are still to be received`);
      await addReceivedQuantity(trx, line.id, received.quantity);
      line.quantityReceived += received.quantity;
    }
    const updated = await changeStatus(trx, user, request, 'receive', {
      fullyReceived: isFullyReceived(lines),
      reason: input.lines.map((r) => `${r.quantity} × line ${lines.find((l) => l.id === r.lineId)!.lineNo}`).join(', '),
    });
    await signalRequestReceived(trx, updated);
    return requestView(updated, lines);
  });
}

export async function closeRequest(deps: PartsDeps, user: AuthUser, requestId: number, reason: string | undefined) {
  return inTransaction(deps.db, async (trx) => {
    const request = await loadVisibleRequest(trx, user, requestId, true);
    if (request.status === 'partially_received' && !reason)
      throw badRequest('reason', 'is required to close a request that was only partly received');
    const updated = await changeStatus(trx, user, request, 'close', { reason });
    return withLines(trx, updated);
  });
}

/** Cancelling a reserved request gives its stock back in the same transaction. */
export async function cancelRequest(deps: PartsDeps, user: AuthUser, requestId: number, reason: string) {
  return inTransaction(deps.db, async (trx) => {
    const request = await loadVisibleRequest(trx, user, requestId, true);
    const updated = await changeStatus(trx, user, request, 'cancel', { reason });
    const lines = await linesOf(trx, [request.id]);
    if (request.status === 'reserved') await moveRequestStock(trx, 'release', request, lines, user.sub);
    return requestView(updated, lines);
  });
}

export async function getRequest(db: Db, user: AuthUser, requestId: number) {
  return withLines(db, await loadVisibleRequest(db, user, requestId));
}

export async function requestHistory(db: Db, user: AuthUser, requestId: number) {
  const request = await loadVisibleRequest(db, user, requestId);
  const changes = await historyOf(db, 'parts_request', request.id);
  return { requestId: request.id, requestNumber: request.requestNumber, changes };
}

/** A provider lists its own requests; warehouse staff their warehouse's queue; staff any. */
export async function listRequests(db: Db, user: AuthUser, input: z.infer<typeof listRequestsInput>) {
  const tenancy = listFilter(user, input);
  const requests = await listRequestRows(db, { ...input, ...tenancy });
  const lines = await linesOf(
    db,
    requests.map((r) => r.id),
  );
  return requests.map((r) =>
    requestView(
      r,
      lines.filter((l) => l.requestId === r.id),
    ),
  );
}

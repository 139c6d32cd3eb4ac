import { authedProcedure, mutationProcedure, router } from '@sanbao/trpc';
import type { PartsDeps } from '../parts-deps.ts';
import {
  closeRequestInput,
  createRequestInput,
  decisionInput,
  listRequestsInput,
  markShippedInput,
  reasonedChangeInput,
  recordReceiptInput,
  requestChangeInput,
  requestIdInput,
} from './requests.schemas.ts';
import {
  approveRequest,
  cancelRequest,
  closeRequest,
  createRequest,
  getRequest,
  listRequests,
  markShipped,
  recordReceipt,
  rejectRequest,
  requestHistory,
  reserveRequest,
  submitRequest,
} from './requests.service.ts';

/**
 * Parts requests. The approval workflow (a later issue) drives approve/reject/reserve/mark-shipped with
 * the `system` role; managers approve or reject directly; warehouse staff reserve and ship their own.
 */
export function createRequestsRouter(deps: PartsDeps) {
  const { db } = deps;
  const mutation = mutationProcedure(db);
  return router({
    create: mutation('provider')
      .input(createRequestInput)
      .mutation(({ ctx, input }) => createRequest({ ...deps, db: ctx.db }, ctx.user, input)),
    submit: mutation('provider')
      .input(requestChangeInput)
      .mutation(({ ctx, input }) => submitRequest({ ...deps, db: ctx.db }, ctx.user, input.requestId)),
    approve: mutation('manager', 'system')
      .input(decisionInput)
      .mutation(({ ctx, input }) => approveRequest({ ...deps, db: ctx.db }, ctx.user, input)),
    reject: mutation('manager', 'system')
      .input(reasonedChangeInput)
      .mutation(({ ctx, input }) => rejectRequest({ ...deps, db: ctx.db }, ctx.user, input.requestId, input.reason)),
    reserve: mutation('warehouse', 'system')
      .input(requestChangeInput)
      .mutation(({ ctx, input }) => reserveRequest({ ...deps, db: ctx.db }, ctx.user, input.requestId)),
    markShipped: mutation('warehouse', 'system')
      .input(markShippedInput)
      .mutation(({ ctx, input }) => markShipped({ ...deps, db: ctx.db }, ctx.user, input)),
    recordReceipt: mutation('provider', 'system')
      .input(recordReceiptInput)
      .mutation(({ ctx, input }) => recordReceipt({ ...deps, db: ctx.db }, ctx.user, input)),
    close: mutation('provider', 'manager', 'system')
      .input(closeRequestInput)
      .mutation(({ ctx, input }) => closeRequest({ ...deps, db: ctx.db }, ctx.user, input.requestId, input.reason)),
    cancel: mutation('provider', 'manager', 'system')
      .input(reasonedChangeInput)
      .mutation(({ ctx, input }) => cancelRequest({ ...deps, db: ctx.db }, ctx.user, input.requestId, input.reason)),
    get: authedProcedure.input(requestIdInput).query(({ ctx, input }) => getRequest(db, ctx.user, input.requestId)),
    list: authedProcedure.input(listRequestsInput).query(({ ctx, input }) => listRequests(db, ctx.user, input)),
    history: authedProcedure
      .input(requestIdInput)
      .query(({ ctx, input }) => requestHistory(db, ctx.user, input.requestId)),
  });
}

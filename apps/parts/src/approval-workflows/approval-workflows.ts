import type { Kysely } from '@sanbao/db';
import { enqueueSignal, enqueueWorkflowStart } from '@sanbao/temporal';
import {
  inspectedSignal,
  partReceivedSignal,
  receivedSignal,
  returnShippedSignal,
  shippedSignal,
  stockArrivedSignal,
  workflowIds,
  type InspectionOutcome,
  type ReceiptOutcome,
} from '@sanbao/workflows/contracts';
import type { PartsDatabase } from '../schema.ts';

/**
 * The approval workflows this service starts and signals. Each call writes an outbox row in the
 * caller's transaction (never outside one): the workflow hears of a change if and only if it committed.
 * Inputs carry business facts only; each workflow loads its approval policy itself.
 */
type Trx = Kysely<PartsDatabase>;

/** A submitted request is decided by `partsRequestApproval`; nobody decides their own request. */
export const startRequestApproval = (trx: Trx, request: { id: number; createdBy: string }) =>
  enqueueWorkflowStart(trx, {
    workflowType: 'partsRequestApproval',
    workflowId: workflowIds.partsRequest(request.id),
    args: [{ requestId: request.id, requestedBy: request.createdBy }],
  });

/** Every return tag issued is followed by `oldPartReturn` until its part is back and inspected, or charged. */
export const startOldPartReturns = async (
  trx: Trx,
  tags: readonly { id: number; tagNumber: string; providerId: string; dueOn: string }[],
) => {
  for (const tag of tags) {
    await enqueueWorkflowStart(trx, {
      workflowType: 'oldPartReturn',
      workflowId: workflowIds.returnTag(tag.id),
      args: [{ tagId: tag.id, tagNumber: tag.tagNumber, providerId: tag.providerId, dueOn: tag.dueOn }],
    });
  }
};

/**
 * Stock came into a warehouse: every approved request there still waiting to reserve one of these
 * parts (backordered) tries again.
 */
export async function signalStockArrived(trx: Trx, arrival: { warehouseId: string; partId: number; partCode: string }) {
  const waiting = await trx
    .selectFrom('partsRequests as r')
    .select('r.id')
    .where('r.warehouseId', '=', arrival.warehouseId)
    .where('r.status', '=', 'approved')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('partsRequestLines as l')
          .select('l.id')
          .whereRef('l.requestId', '=', 'r.id')
          .where('l.partId', '=', arrival.partId),
      ),
    )
    .orderBy('r.id')
    .execute();
  for (const { id } of waiting) {
    await enqueueSignal(trx, {
      workflowId: workflowIds.partsRequest(id),
      signal: stockArrivedSignal,
      args: [{ warehouseId: arrival.warehouseId, partCodes: [arrival.partCode] }],
    });
  }
}

export const signalRequestShipped = (trx: Trx, request: { id: number; carrier: string; trackingNumber: string }) =>
  enqueueSignal(trx, {
    workflowId: workflowIds.partsRequest(request.id),
    signal: shippedSignal,
    args: [{ carrier: request.carrier, trackingNumber: request.trackingNumber }],
  });

export const signalRequestReceived = (trx: Trx, request: { id: number; status: string }) =>
  enqueueSignal(trx, {
    workflowId: workflowIds.partsRequest(request.id),
    signal: receivedSignal,
    args: [{ fullyReceived: request.status === 'received' }],
  });

/** What a return tag's workflow hears of each event the service records on the tag. */
export type TagNews =
  | { kind: 'shipped'; shipmentId?: number | undefined }
  | { kind: 'received'; outcome: ReceiptOutcome; late: boolean }
  | { kind: 'inspected'; outcome: InspectionOutcome };

export function signalTag(trx: Trx, tagId: number, news: TagNews) {
  const workflowId = workflowIds.returnTag(tagId);
  switch (news.kind) {
    case 'shipped':
      return enqueueSignal(trx, {
        workflowId,
        signal: returnShippedSignal,
        args: [news.shipmentId === undefined ? {} : { shipmentId: news.shipmentId }],
      });
    case 'received':
      return enqueueSignal(trx, {
        workflowId,
        signal: partReceivedSignal,
        args: [news.late ? { outcome: news.outcome, late: true } : { outcome: news.outcome }],
      });
    case 'inspected':
      return enqueueSignal(trx, { workflowId, signal: inspectedSignal, args: [{ outcome: news.outcome }] });
  }
}

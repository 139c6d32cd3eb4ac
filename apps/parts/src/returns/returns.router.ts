import { authedProcedure, mutationProcedure, router } from '@sanbao/trpc';
import type { PartsDeps } from '../parts-deps.ts';
import { reportConsumption } from './consumption.service.ts';
import { confirmTags, createShipment, receiveShipment } from './return-shipments.service.ts';
import {
  confirmTagsInput,
  createShipmentInput,
  inspectionInput,
  lateArrivalInput,
  listShipmentsInput,
  listTagsInput,
  lookupTagInput,
  reportConsumptionInput,
  shipmentChangeInput,
  shipmentIdInput,
  tagChangeInput,
  tagIdInput,
} from './returns.schemas.ts';
import { getShipment, getTag, listShipments, listTags, lookupTag, tagHistory } from './returns.service.ts';
import { declareOverdue, recordInspection, recordLateArrival } from './tag-outcomes.service.ts';

/**
 * Old-part returns (旧件返厂): providers report consumed parts and ship the tagged old parts back;
 * warehouse staff receive, confirm and inspect them; the return workflow declares overdue tags.
 */
export function createReturnsRouter(deps: PartsDeps) {
  const { db } = deps;
  const mutation = mutationProcedure(db);
  return router({
    reportConsumption: mutation('provider')
      .input(reportConsumptionInput)
      .mutation(({ ctx, input }) => reportConsumption({ ...deps, db: ctx.db }, ctx.user, input)),
    createShipment: mutation('provider')
      .input(createShipmentInput)
      .mutation(({ ctx, input }) => createShipment({ ...deps, db: ctx.db }, ctx.user, input)),
    receiveShipment: mutation('warehouse')
      .input(shipmentChangeInput)
      .mutation(({ ctx, input }) => receiveShipment({ ...deps, db: ctx.db }, ctx.user, input.shipmentId)),
    confirmTags: mutation('warehouse')
      .input(confirmTagsInput)
      .mutation(({ ctx, input }) => confirmTags({ ...deps, db: ctx.db }, ctx.user, input)),
    recordLateArrival: mutation('warehouse')
      .input(lateArrivalInput)
      .mutation(({ ctx, input }) => recordLateArrival({ ...deps, db: ctx.db }, ctx.user, input)),
    recordInspection: mutation('warehouse')
      .input(inspectionInput)
      .mutation(({ ctx, input }) => recordInspection({ ...deps, db: ctx.db }, ctx.user, input)),
    declareOverdue: mutation('system')
      .input(tagChangeInput)
      .mutation(({ ctx, input }) => declareOverdue({ ...deps, db: ctx.db }, ctx.user, input.tagId)),
    getTag: authedProcedure.input(tagIdInput).query(({ ctx, input }) => getTag(db, ctx.user, input.tagId)),
    tagHistory: authedProcedure.input(tagIdInput).query(({ ctx, input }) => tagHistory(db, ctx.user, input.tagId)),
    lookupTag: authedProcedure.input(lookupTagInput).query(({ ctx, input }) => lookupTag(db, ctx.user, input)),
    listTags: authedProcedure.input(listTagsInput).query(({ ctx, input }) => listTags(db, ctx.user, input)),
    getShipment: authedProcedure
      .input(shipmentIdInput)
      .query(({ ctx, input }) => getShipment(db, ctx.user, input.shipmentId)),
    listShipments: authedProcedure
      .input(listShipmentsInput)
      .query(({ ctx, input }) => listShipments(db, ctx.user, input)),
  });
}

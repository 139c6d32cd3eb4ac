import { isoOrNull } from '../shared/iso.ts';
import type { ReturnShipmentRow, ReturnTagRow } from './returns.repository.ts';

/** A return tag as callers see it: numbers, the part by its code, CST dates, instants as ISO strings. */
export const tagView = (t: ReturnTagRow) => ({
  id: t.id,
  tagNumber: t.tagNumber,
  barcode: t.barcode,
  providerId: t.providerId,
  warehouseId: t.warehouseId,
  partsRequestId: t.partsRequestId,
  requestNumber: t.requestNumber,
  requestLineId: t.requestLineId,
  partCode: t.partCode,
  nameZh: t.nameZh,
  nameEn: t.nameEn,
  partClass: t.partClass,
  unitCostFen: t.unitCostFen,
  claimId: t.claimId,
  consumedOn: t.consumedOn,
  dueOn: t.dueOn,
  status: t.status,
  shipmentId: t.shipmentId,
  shipmentNumber: t.shipmentNumber,
  inspectionOutcome: t.inspectionOutcome,
  confirmedAt: isoOrNull(t.confirmedAt),
  inspectedAt: isoOrNull(t.inspectedAt),
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

export const shipmentView = (s: ReturnShipmentRow, tags: ReturnTagRow[]) => ({
  id: s.id,
  shipmentNumber: s.shipmentNumber,
  providerId: s.providerId,
  warehouseId: s.warehouseId,
  carrier: s.carrier,
  trackingNumber: s.trackingNumber,
  status: s.status,
  createdBy: s.createdBy,
  arrivedAt: isoOrNull(s.arrivedAt),
  confirmedAt: isoOrNull(s.confirmedAt),
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
  tags: tags.map(tagView),
});

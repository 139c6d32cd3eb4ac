import { isoOrNull } from '../shared/iso.ts';
import type { PartsRequestLineRow, PartsRequestRow } from './requests.repository.ts';

/** A request line as callers see it: the part by its code (the row ids stay inside the service). */
export const requestLineView = (l: PartsRequestLineRow) => ({
  id: l.id,
  lineNo: l.lineNo,
  partCode: l.partCode,
  nameZh: l.nameZh,
  nameEn: l.nameEn,
  partClass: l.partClass,
  returnable: l.returnable,
  requestedCode: l.requestedCode,
  quantity: l.quantity,
  unitCostFen: l.unitCostFen,
  quantityReceived: l.quantityReceived,
  quantityConsumed: l.quantityConsumed,
});

export const requestView = (r: PartsRequestRow, lines: PartsRequestLineRow[]) => ({
  id: r.id,
  requestNumber: r.requestNumber,
  providerId: r.providerId,
  warehouseId: r.warehouseId,
  purpose: r.purpose,
  claimId: r.claimId,
  serial: r.serial,
  modelCode: r.modelCode,
  status: r.status,
  totalValueFen: r.totalValueFen,
  overCreditLimit: r.overCreditLimit,
  exposureAtSubmitFen: r.exposureAtSubmitFen,
  carrier: r.carrier,
  trackingNumber: r.trackingNumber,
  note: r.note,
  createdBy: r.createdBy,
  submittedAt: isoOrNull(r.submittedAt),
  decidedAt: isoOrNull(r.decidedAt),
  shippedAt: isoOrNull(r.shippedAt),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  lines: lines.map(requestLineView),
});

export type RequestView = ReturnType<typeof requestView>;

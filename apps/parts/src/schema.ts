import type { AuditTrailTable, ColumnType, Generated } from '@sanbao/db';
import type { WorkflowOutboxTable } from '@sanbao/temporal';
import type { IdempotencyTable } from '@sanbao/trpc/idempotency';
import type { ChargebackReason } from './chargebacks/chargeback-rules.ts';
import type { RequestStatus } from './requests/request-states.ts';
import type { InspectionOutcome, ShipmentStatus, TagStatus } from './returns/return-states.ts';
import type { MovementKind } from './stock/stock-ledger.ts';

// Every table of the `parts` schema, in one place: repositories import these types, never the reverse.

/** What the parts service keeps an audit trail of. */
export type AuditedEntity = 'parts_request' | 'return_tag' | 'return_shipment';

export interface PartTable {
  id: Generated<number>;
  code: string;
  nameZh: string;
  nameEn: string;
  unitCostFen: number;
  partClass: string;
  returnable: boolean;
  supersededBy: string | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface BomLineTable {
  modelCode: string;
  partId: number;
  quantity: number;
  isMain: boolean;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface ReturnRuleTable {
  partClass: string;
  rule: 'all' | 'sample' | 'above_value' | 'none';
  sampleEvery: number | null;
  minValueFen: number | null;
  dueDays: number;
  updatedBy: string;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface ChargebackEventTable {
  id: Generated<number>;
  providerId: string;
  returnTagId: number;
  kind: 'chargeback' | 'reversal';
  reason: ChargebackReason;
  /** Positive for a chargeback (a deduction), negative for a reversal. */
  amountFen: number;
  reversesEventId: number | null;
  businessDate: string;
  details: ColumnType<Record<string, unknown>, string, string>;
  recordedBy: string;
  createdAt: Generated<Date>;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
}

export type ProviderGrade = 'A' | 'B' | 'C' | 'D';

export interface ServiceProviderTable {
  id: string;
  name: string;
  region: string;
  grade: ProviderGrade;
  defaultWarehouseId: string;
  creditLimitFen: number;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export type RequestPurpose = 'warranty' | 'paid_repair' | 'stock';

export interface PartsRequestTable {
  id: Generated<number>;
  requestNumber: string;
  providerId: string;
  warehouseId: string;
  purpose: RequestPurpose;
  claimId: string | null;
  serial: string | null;
  modelCode: string | null;
  status: RequestStatus;
  totalValueFen: number;
  overCreditLimit: Generated<boolean>;
  exposureAtSubmitFen: number | null;
  carrier: string | null;
  trackingNumber: string | null;
  note: string | null;
  createdBy: string;
  submittedAt: Date | null;
  decidedAt: Date | null;
  shippedAt: Date | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface PartsRequestLineTable {
  id: Generated<number>;
  requestId: number;
  lineNo: number;
  partId: number;
  requestedCode: string;
  quantity: number;
  unitCostFen: number;
  quantityReceived: Generated<number>;
  quantityConsumed: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface PartConsumptionTable {
  id: Generated<number>;
  requestLineId: number;
  quantity: number;
  consumedOn: string;
  reportedBy: string;
  createdAt: Generated<Date>;
}

export interface ReturnSamplingCounterTable {
  providerId: string;
  partClass: string;
  unitsConsumed: number;
  updatedAt: Generated<Date>;
}

export interface ReturnShipmentTable {
  id: Generated<number>;
  shipmentNumber: string;
  providerId: string;
  warehouseId: string;
  carrier: string;
  trackingNumber: string;
  status: ShipmentStatus;
  createdBy: string;
  arrivedAt: Date | null;
  confirmedAt: Date | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface ReturnTagTable {
  id: Generated<number>;
  tagNumber: string;
  barcode: string;
  providerId: string;
  warehouseId: string;
  partsRequestId: number;
  requestLineId: number;
  consumptionId: number;
  partId: number;
  partClass: string;
  unitCostFen: number;
  claimId: string | null;
  consumedOn: string;
  dueOn: string;
  status: TagStatus;
  shipmentId: number | null;
  inspectionOutcome: InspectionOutcome | null;
  confirmedAt: Date | null;
  inspectedAt: Date | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface StockBalanceTable {
  warehouseId: string;
  partId: number;
  onHand: number;
  reserved: number;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface StockMovementTable {
  id: Generated<number>;
  warehouseId: string;
  partId: number;
  kind: MovementKind;
  onHandDelta: number;
  reservedDelta: number;
  partsRequestId: number | null;
  note: string | null;
  recordedBy: string;
  createdAt: Generated<Date>;
}

export type WarehouseKind = 'central' | 'regional';

export interface WarehouseTable {
  id: string;
  name: string;
  kind: WarehouseKind;
  region: string;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

/** Tables of the `parts` schema, as Kysely sees them (camelCase). */
export interface PartsDatabase {
  idempotencyKeys: IdempotencyTable;
  auditTrail: AuditTrailTable<AuditedEntity>;
  parts: PartTable;
  bomLines: BomLineTable;
  returnRules: ReturnRuleTable;
  warehouses: WarehouseTable;
  stockBalances: StockBalanceTable;
  stockMovements: StockMovementTable;
  serviceProviders: ServiceProviderTable;
  partsRequests: PartsRequestTable;
  partsRequestLines: PartsRequestLineTable;
  partConsumptions: PartConsumptionTable;
  returnSamplingCounters: ReturnSamplingCounterTable;
  returnShipments: ReturnShipmentTable;
  returnTags: ReturnTagTable;
  chargebackEvents: ChargebackEventTable;
  /** Workflow starts and signals written with the change that calls for them; the relay delivers them. */
  workflowOutbox: WorkflowOutboxTable;
}

export const partsSchemaName = 'parts';

import type { AuditTrailTable, ColumnType, Generated } from '@sanbao/db';
import type { WorkflowOutboxTable } from '@sanbao/temporal';
import type { IdempotencyTable } from '@sanbao/trpc/idempotency';
import type { SalesChannel } from '@sanbao/warranty-rules';
import type { ClaimState } from './claims/claim-states.ts';

type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, never, Date>;
/** A 'YYYY-MM-DD' calendar date (CST); the pool keeps dates as strings. */
type Day = string;
type Json<T> = ColumnType<T, string, string>;

export interface PolicyTable {
  id: Generated<number>;
  categoryCode: string;
  version: number;
  effectiveFrom: Day;
  nameZh: string;
  nameEn: string;
  terms: Json<unknown>;
  needsLegalReview: boolean;
  sourceRules: string[];
  note: string | null;
  publishedBy: string;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ProductModelTable {
  modelCode: string;
  categoryCode: string;
  nameZh: string;
  nameEn: string;
  mainParts: string[];
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface SalesImportTable {
  id: Generated<number>;
  fileSha256: string;
  fileName: string;
  status: 'validating' | 'importing' | 'completed' | 'rejected' | 'failed';
  totalRows: number;
  processedRows: number;
  insertedRows: number;
  skippedRows: number;
  errors: Json<ImportError[]>;
  startedBy: string;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
  completedAt: Date | null;
}

export interface ImportError {
  row: number;
  field: string;
  message: string;
}

export interface SoldUnitTable {
  id: Generated<number>;
  serial: string;
  modelCode: string;
  channel: SalesChannel;
  invoiceDate: Day;
  deliveredAt: Date | null;
  installedOn: Day | null;
  priceFen: number;
  paidFen: number | null;
  documents: Json<Record<string, boolean>>;
  importId: number | null;
  registeredBy: string;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface RepairTable {
  id: Generated<number>;
  unitId: number;
  providerId: string;
  sentOn: Day;
  completedOn: Day | null;
  partCode: string | null;
  faultCode: string | null;
  fixed: boolean;
  seriousSafetyFault: Generated<boolean>;
  hours: number | null;
  excludedHours: number | null;
  recordedBy: string;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ReplacementTable {
  id: Generated<number>;
  unitId: number;
  providerId: string;
  replacedOn: Day;
  scope: string;
  recordedBy: string;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface HolidayTable {
  day: Day;
  kind: 'holiday' | 'make_up_workday';
  name: string;
  createdAt: CreatedAt;
}

export interface ClaimTable {
  id: Generated<number>;
  claimNo: string;
  unitId: number;
  providerId: string;
  type: 'quality' | 'no_reason';
  state: ClaimState;
  raisedAt: Date;
  description: string | null;
  chosenRemedy: string | null;
  chosenRule: string | null;
  chosenAmountFen: number | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ClaimAdjudicationTable {
  id: Generated<number>;
  claimId: number;
  facts: Json<unknown>;
  decision: Json<unknown>;
  engineVersion: string;
  policyId: number;
  policyVersion: number;
  createdAt: CreatedAt;
}

export interface ServicePingTable {
  id: Generated<number>;
  note: string;
  sequence: number;
  recordedBy: string;
  createdAt: Generated<Date>;
}

/** What the warranty service keeps an audit trail of. */
export type AuditedEntity = 'claim';

/** Tables of the `warranty` schema, as Kysely sees them (camelCase). */
export interface WarrantyDatabase {
  idempotencyKeys: IdempotencyTable;
  servicePings: ServicePingTable;
  policies: PolicyTable;
  productModels: ProductModelTable;
  salesImports: SalesImportTable;
  soldUnits: SoldUnitTable;
  repairs: RepairTable;
  replacements: ReplacementTable;
  holidays: HolidayTable;
  claims: ClaimTable;
  claimAdjudications: ClaimAdjudicationTable;
  auditTrail: AuditTrailTable<AuditedEntity>;
  /** Workflow starts and signals written with the change that calls for them; the relay delivers them. */
  workflowOutbox: WorkflowOutboxTable;
}

export const warrantySchemaName = 'warranty';

import type { AuditTrailTable, ColumnType, Generated } from '@sanbao/db';
import type { WorkflowOutboxTable } from '@sanbao/temporal';
import type { IdempotencyTable } from '@sanbao/trpc/idempotency';
import type { AccountCode, BalanceLimit, EntryEffect, Side, TransferKind } from './ledger/ledger-rules.ts';
import type { LineExplanation } from './lines/line-computation.ts';
import type { ServiceType } from './rate-cards/rate-card.ts';
import type { MatchOutcome, MatchRule } from './reconciliation/match.ts';
import type { PaymentRow } from './reconciliation/payment-rows.ts';
import type { StatementState } from './statements/statement-states.ts';

// Every table of the `settlement` schema, in one place: repositories import these types, never the reverse.

/** What the settlement service keeps an audit trail of. */
export type AuditedEntity = 'statement' | 'settlement_line';

export interface LedgerAccountTable {
  id: Generated<number>;
  code: AccountCode;
  providerId: string | null;
  currency: Generated<string>;
  balanceLimit: BalanceLimit | null;
  createdAt: Generated<Date>;
}

export interface LedgerTransferTable {
  id: Generated<number>;
  idempotencyKey: string;
  bodyHash: string;
  kind: TransferKind;
  currency: string;
  pendingTransferId: number | null;
  reversesTransferId: number | null;
  reference: string | null;
  description: string | null;
  createdAt: Generated<Date>;
}

export interface LedgerEntryTable {
  id: Generated<number>;
  transferId: number;
  accountId: number;
  sequence: number;
  side: Side;
  effect: EntryEffect;
  amount: number;
  debitsPosted: number;
  creditsPosted: number;
  debitsPending: number;
  creditsPending: number;
  createdAt: Generated<Date>;
}

export interface RateCardVersionTable {
  id: Generated<number>;
  effectiveFrom: string;
  card: ColumnType<unknown, string, never>;
  publishedBy: string;
  createdAt: Generated<Date>;
}

export interface SettlementLineTable {
  id: Generated<number>;
  claimId: string;
  providerId: string;
  businessDate: string;
  serviceType: ServiceType;
  rateCardVersionId: number;
  operationCode: string;
  category: string;
  grade: string;
  region: string;
  oneWayMeters: number;
  partsCostFen: number;
  standardMinutes: number | null;
  travelBandFromKm: number | null;
  amountFen: number;
  explanation: ColumnType<LineExplanation, string, never>;
  transferId: number | null;
  createdAt: Generated<Date>;
  modelCode: Generated<string | null>;
  partCode: Generated<string | null>;
}

export type DeductionKind = 'chargeback' | 'sla_penalty' | 'duplicate_reversal' | 'recredit';

export interface DeductionTable {
  id: Generated<number>;
  providerId: string;
  /** chargeback, sla_penalty and duplicate_reversal are owed by the provider; a recredit is owed to it. */
  kind: DeductionKind;
  amountFen: number;
  businessDate: string;
  /** The parts service's chargeback event, for chargebacks and their re-credits. */
  sourceEventId: number | null;
  claimId: string | null;
  reason: string;
  transferId: number;
  recreditsDeductionId: number | null;
  recordedBy: string;
  createdAt: Generated<Date>;
}

export interface StatementTable {
  id: Generated<number>;
  number: string;
  providerId: string;
  period: string;
  state: StatementState;
  linesFen: number;
  deductionsFen: number;
  netBeforeVatFen: number;
  vatRateBp: number;
  vatFen: number;
  netPayableFen: number;
  issuedOn: string | null;
  approvedOn: string | null;
  paidFen: Generated<number>;
  /** The settlement cycle's last reminder to answer the statement, and how many were sent. */
  remindedAt: Date | null;
  reminderCount: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export type StatementItemKind = 'line' | 'deduction' | 'credit' | 'adjustment';

export interface StatementItemTable {
  id: Generated<number>;
  statementId: number;
  /** line and credit and adjustment are owed to the provider; deduction is owed by it. */
  kind: StatementItemKind;
  lineId: number | null;
  deductionId: number | null;
  disputeId: number | null;
  amountFen: number;
  createdAt: Generated<Date>;
}

export interface StatementDisputeTable {
  id: Generated<number>;
  statementId: number;
  lineId: number;
  reason: string;
  claimedFen: number;
  holdTransferId: number;
  status: 'open' | 'resolved';
  grantedFen: number | null;
  resolution: string | null;
  resolvedBy: string | null;
  createdAt: Generated<Date>;
  resolvedAt: Date | null;
}

export interface ProviderQuotaTable {
  providerId: string;
  monthlyBudgetFen: number;
  setBy: string;
  updatedAt: Generated<Date>;
}

export interface LineDecisionTable {
  lineId: number;
  decision: 'released' | 'refused';
  reason: string;
  decidedBy: string;
  transferId: number;
  decidedAt: Generated<Date>;
}

export interface PayeeTable {
  providerId: string;
  accounts: string[];
  names: string[];
  updatedAt: Generated<Date>;
}

export type PaymentImportStatus = 'queued' | 'reading' | 'done' | 'failed';

export interface PaymentImportTable {
  id: Generated<number>;
  fileName: string;
  format: 'csv' | 'xlsx';
  content: Buffer;
  status: PaymentImportStatus;
  rowsRead: Generated<number>;
  errors: ColumnType<{ row: number; field: string; message: string }[], string | undefined, string>;
  summary: ColumnType<Record<string, number> | null, string | null | undefined, string | null>;
  importedBy: string;
  createdAt: Generated<Date>;
  finishedAt: Date | null;
}

/** A payment as its file gave it (the row's number kept as `rowNumber`), with how it was matched. */
export interface PaymentTable extends Omit<PaymentRow, 'row'> {
  id: Generated<number>;
  importId: number;
  rowNumber: number;
  outcome: MatchOutcome;
  rule: MatchRule;
  providerId: string | null;
  unallocatedFen: number;
  shortFen: number;
  action: string;
}

export interface PaymentAllocationTable {
  paymentId: number;
  statementId: number;
  amountFen: number;
}

/** Tables of the `settlement` schema, as Kysely sees them (camelCase). */
export interface SettlementDatabase {
  idempotencyKeys: IdempotencyTable;
  auditTrail: AuditTrailTable<AuditedEntity>;
  ledgerAccounts: LedgerAccountTable;
  ledgerTransfers: LedgerTransferTable;
  ledgerEntries: LedgerEntryTable;
  rateCardVersions: RateCardVersionTable;
  settlementLines: SettlementLineTable;
  deductions: DeductionTable;
  statements: StatementTable;
  statementItems: StatementItemTable;
  statementDisputes: StatementDisputeTable;
  providerQuotas: ProviderQuotaTable;
  lineDecisions: LineDecisionTable;
  payees: PayeeTable;
  paymentImports: PaymentImportTable;
  payments: PaymentTable;
  paymentAllocations: PaymentAllocationTable;
  /** Workflow starts written with the change that calls for them (`@sanbao/temporal`'s outbox). */
  workflowOutbox: WorkflowOutboxTable;
}

export const settlementSchemaName = 'settlement';

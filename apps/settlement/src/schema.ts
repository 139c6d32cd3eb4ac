import type { AuditTrailTable, ColumnType, Generated } from '@sanbao/db';
import type { IdempotencyTable } from '@sanbao/trpc/idempotency';
import type { AccountCode, BalanceLimit, EntryEffect, Side, TransferKind } from './ledger/ledger-rules.ts';
import type { LineExplanation } from './lines/line-computation.ts';
import type { ServiceType } from './rate-cards/rate-card.ts';

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
}

export const settlementSchemaName = 'settlement';

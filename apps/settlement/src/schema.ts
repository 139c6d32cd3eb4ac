import type { LedgerAccountTable, LedgerEntryTable, LedgerTransferTable } from './ledger/ledger.repository.ts';
import type { RateCardVersionTable } from './rate-cards/rate-cards.repository.ts';
import type { SettlementLineTable } from './lines/lines.repository.ts';

/** Tables of the `settlement` schema, as Kysely sees them (camelCase). */
export interface SettlementDatabase {
  ledgerAccounts: LedgerAccountTable;
  ledgerTransfers: LedgerTransferTable;
  ledgerEntries: LedgerEntryTable;
  rateCardVersions: RateCardVersionTable;
  settlementLines: SettlementLineTable;
}

export const settlementSchemaName = 'settlement';

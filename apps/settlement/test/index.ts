// Test support for other packages' tests and the benchmark. Exported only under the `sanbao-testing`
// condition (vitest and the bench set it): a production process that imported it would fail to start.
import { fileURLToPath } from 'node:url';

export { startSettlement, key, type SettlementHarness, type SettlementClient } from './settlement-harness.ts';
export { startWithDemoCard, claimCompletion } from './settlement-world.ts';
export {
  bankPayees,
  registerBankPayees,
  fiveResultsBankFile,
  fiveResults,
  fiveResultsSummary,
  importPaymentFile,
} from './bank-file.ts';
export { tvRepair } from './demo-work.ts';
export { createInMemoryChargebackOutbox, type InMemoryChargebackOutbox } from './in-memory-chargeback-outbox.ts';
export { createSettlementApp } from '../src/app.ts';
export { settlementMigrations } from '../src/migrations/index.ts';
export { demoRateCard } from '../src/rate-cards/demo-rate-card.ts';
export { settlementSchemaName, type SettlementDatabase } from '../src/schema.ts';
export { postTransfers } from '../src/ledger/post-transfers.ts';
export { providerBooks } from '../src/ledger/provider-books.ts';
export { settlementPostings } from '../src/ledger/settlement-postings.ts';
export { insertRateCardVersion } from '../src/rate-cards/rate-cards.repository.ts';
export { computeLine } from '../src/lines/line-computation.ts';

/** The service's own entry points, to start it as production does: one process, configured by env. */
export const settlementEntries = {
  main: fileURLToPath(new URL('../src/main.ts', import.meta.url)),
  migrate: fileURLToPath(new URL('../src/migrate.ts', import.meta.url)),
};

import type { Kysely } from '@sanbao/db';
import type { SettlementDatabase } from '../schema.ts';
import { openAccount } from './accounts.ts';
import type { ProviderBooks } from './settlement-postings.ts';

/** The accounts one provider's settlement moves money between, opened on first use. */
export async function providerBooks(db: Kysely<SettlementDatabase>, providerId: string): Promise<ProviderBooks> {
  // Opened one after another, always in this order: two first postings for a provider never deadlock.
  const payable = await openAccount(db, { code: 'provider_payable', providerId });
  const chargebackReceivable = await openAccount(db, { code: 'chargeback_receivable', providerId });
  const warrantyExpense = await openAccount(db, { code: 'warranty_expense' });
  const vatInput = await openAccount(db, { code: 'vat_input' });
  const cash = await openAccount(db, { code: 'cash' });
  return {
    payable: payable.id,
    chargebackReceivable: chargebackReceivable.id,
    warrantyExpense: warrantyExpense.id,
    vatInput: vatInput.id,
    cash: cash.id,
  };
}

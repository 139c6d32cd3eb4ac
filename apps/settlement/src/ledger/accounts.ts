import type { Kysely } from '@sanbao/db';
import type { SettlementDatabase } from '../schema.ts';
import { LedgerRefusal } from './ledger-errors.ts';
import {
  defaultLimitOf,
  emptyBalance,
  perProviderCodes,
  postedBalanceOf,
  type AccountCode,
  type RunningBalance,
} from './ledger-rules.ts';
import { findAccounts, headsOf, insertAccountOnce, type LedgerAccount } from './ledger.repository.ts';

type Db = Kysely<SettlementDatabase>;

/**
 * The account for a code (and provider, for the per-provider codes) in a currency, opened on first use.
 * Opening twice returns the same account.
 */
export async function openAccount(
  db: Db,
  input: { code: AccountCode; providerId?: string | null; currency?: string },
): Promise<LedgerAccount> {
  const providerId = input.providerId ?? null;
  if (perProviderCodes.has(input.code) !== (providerId !== null)) {
    throw new LedgerRefusal(
      'invalid_legs',
      perProviderCodes.has(input.code)
        ? `${input.code} is kept per provider`
        : `${input.code} is not kept per provider`,
      'providerId',
    );
  }
  return insertAccountOnce(db, {
    code: input.code,
    providerId,
    currency: input.currency ?? 'CNY',
    balanceLimit: defaultLimitOf[input.code],
  });
}

export interface AccountBalance extends RunningBalance {
  account: LedgerAccount;
  /** Posted balance on the account's normal side (what is owed on a payable, what is due on a receivable). */
  posted: number;
}

/** Balances read from each account's latest entry (its running balance), without locks. */
export async function balancesOf(db: Db, accountIds: readonly number[]): Promise<AccountBalance[]> {
  const [accounts, heads] = await Promise.all([findAccounts(db, accountIds), headsOf(db, accountIds)]);
  return accounts.map((account) => {
    const head = heads.get(account.id) ?? emptyBalance;
    return { account, ...head, posted: postedBalanceOf(account.code, head) };
  });
}

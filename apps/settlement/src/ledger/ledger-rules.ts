import { createHash } from 'node:crypto';
import type { Fen } from '@sanbao/money';

/** What each account is for. Per-provider accounts carry the provider's id. */
export type AccountCode =
  'provider_payable' | 'warranty_expense' | 'chargeback_receivable' | 'vat_input' | 'vat_output' | 'cash';
export const accountCodes: readonly AccountCode[] = [
  'provider_payable',
  'warranty_expense',
  'chargeback_receivable',
  'vat_input',
  'vat_output',
  'cash',
];
export const perProviderCodes: ReadonlySet<AccountCode> = new Set(['provider_payable', 'chargeback_receivable']);

export type Side = 'debit' | 'credit';
export type BalanceLimit = 'debits_must_not_exceed_credits' | 'credits_must_not_exceed_debits';

/**
 * The limit each kind of account keeps unless told otherwise: the manufacturer never pays a provider
 * more than is owed to it (the payable cannot turn into a debit balance), and never collects more
 * chargebacks than were charged. Pending amounts count against the limit, as in TigerBeetle.
 */
export const defaultLimitOf: Record<AccountCode, BalanceLimit | null> = {
  provider_payable: 'debits_must_not_exceed_credits',
  chargeback_receivable: 'credits_must_not_exceed_debits',
  warranty_expense: null,
  vat_input: null,
  vat_output: null,
  cash: null,
};

/** The side that increases the account in the usual reading: liabilities grow on the credit side. */
export const normalSideOf: Record<AccountCode, Side> = {
  provider_payable: 'credit',
  vat_output: 'credit',
  warranty_expense: 'debit',
  chargeback_receivable: 'debit',
  vat_input: 'debit',
  cash: 'debit',
};

export type TransferKind = 'posted' | 'pending' | 'post_pending' | 'void_pending' | 'reversal';

/**
 * How an entry moves its account: `posted` adds to the posted side, `pending` reserves on the pending
 * side, `post_pending` moves a reservation to posted, `void_pending` releases it.
 */
export type EntryEffect = 'posted' | 'pending' | 'post_pending' | 'void_pending';

export const effectOf: Record<TransferKind, EntryEffect> = {
  posted: 'posted',
  reversal: 'posted',
  pending: 'pending',
  post_pending: 'post_pending',
  void_pending: 'void_pending',
};

/** An account's running totals after an entry (all zero before its first entry). */
export interface RunningBalance {
  sequence: number;
  debitsPosted: Fen;
  creditsPosted: Fen;
  debitsPending: Fen;
  creditsPending: Fen;
}

export const emptyBalance: RunningBalance = {
  sequence: 0,
  debitsPosted: 0,
  creditsPosted: 0,
  debitsPending: 0,
  creditsPending: 0,
};

/** The running balance after one more entry. */
export function continueBalance(head: RunningBalance, side: Side, effect: EntryEffect, amount: Fen): RunningBalance {
  const posted = effect === 'posted' || effect === 'post_pending' ? amount : 0;
  const pending = effect === 'pending' ? amount : effect === 'posted' ? 0 : -amount;
  return side === 'debit'
    ? {
        ...head,
        sequence: head.sequence + 1,
        debitsPosted: head.debitsPosted + posted,
        debitsPending: head.debitsPending + pending,
      }
    : {
        ...head,
        sequence: head.sequence + 1,
        creditsPosted: head.creditsPosted + posted,
        creditsPending: head.creditsPending + pending,
      };
}

/** Whether a balance breaks the account's limit (pending reservations count against it). */
export function breaksLimit(limit: BalanceLimit | null, b: RunningBalance): boolean {
  if (limit === 'debits_must_not_exceed_credits') return b.debitsPosted + b.debitsPending > b.creditsPosted;
  if (limit === 'credits_must_not_exceed_debits') return b.creditsPosted + b.creditsPending > b.debitsPosted;
  return false;
}

/** Posted balance read on the account's normal side (a payable of 500 fen owed reads 500). */
export function postedBalanceOf(code: AccountCode, b: RunningBalance): Fen {
  return normalSideOf[code] === 'credit' ? b.creditsPosted - b.debitsPosted : b.debitsPosted - b.creditsPosted;
}

export interface Leg {
  accountId: number;
  side: Side;
  amount: Fen;
}

/** Why a set of legs cannot be a transfer, or null: at least one debit and one credit, amounts whole and positive, debits = credits. */
export function legsProblem(legs: readonly Leg[]): string | null {
  if (!legs.some((l) => l.side === 'debit') || !legs.some((l) => l.side === 'credit'))
    return 'a transfer needs at least one debit and one credit';
  for (const leg of legs) {
    if (!Number.isSafeInteger(leg.amount) || leg.amount <= 0)
      return `amounts are whole positive fen (got ${leg.amount})`;
  }
  const debits = legs.filter((l) => l.side === 'debit').reduce((s, l) => s + BigInt(l.amount), 0n);
  const credits = legs.filter((l) => l.side === 'credit').reduce((s, l) => s + BigInt(l.amount), 0n);
  if (debits !== credits) return `debits ${debits} fen and credits ${credits} fen do not balance`;
  return null;
}

export const swapSide = (side: Side): Side => (side === 'debit' ? 'credit' : 'debit');

/** A stable fingerprint of what a transfer request asks for: the same key must come with the same body. */
export function bodyHashOf(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

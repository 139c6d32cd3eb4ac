import { toEpochDay } from '@sanbao/calendar';
import type { Fen } from '@sanbao/money';

/** One line of a bank or payment file: money the manufacturer paid out to a payee. */
export interface Payment {
  id: string;
  /** The bank's own reference for the transaction; the same reference twice is the same payment imported twice. */
  bankReference: string | null;
  payeeAccount: string | null;
  payeeName: string | null;
  amountFen: Fen;
  /** CST business date the money moved. */
  valueDate: string;
  remittanceText: string;
}

/** A statement awaiting payment (or already paid, to recognise duplicates). */
export interface PayableStatement {
  id: number;
  number: string;
  providerId: string;
  netPayableFen: Fen;
  /** Already matched by earlier payments. */
  paidFen: Fen;
  /** CST business date finance approved it: payment is expected from then on. */
  approvedOn: string;
}

/** A provider as the bank knows it: its registered accounts and names. */
export interface Payee {
  providerId: string;
  accounts: readonly string[];
  names: readonly string[];
}

export type MatchRule =
  | 'bank_reference'
  | 'statement_number'
  | 'payee_account_amount'
  | 'payee_amount_date_window'
  | 'payee_oldest_first'
  | 'payee_already_paid'
  | 'none';

export type MatchOutcome = 'matched' | 'underpaid' | 'overpaid' | 'duplicate_payment' | 'unknown_payee';

export interface Allocation {
  statementId: number;
  statementNumber: string;
  amountFen: Fen;
}

export interface PaymentMatch {
  paymentId: string;
  outcome: MatchOutcome;
  /** The rule that made the match. */
  rule: MatchRule;
  providerId: string | null;
  allocations: Allocation[];
  /** Paid beyond what the matched statements were owed (overpaid, or the whole duplicate). */
  unallocatedFen: Fen;
  /** Still owed on the matched statements after this payment (underpaid). */
  shortFen: Fen;
  /** What finance should do to resolve it. */
  action: string;
}

export interface MatchSettings {
  /** Rule 3 looks at statements approved within this many days before (or on) the payment's value date. */
  dateWindowDays: number;
  /** Bank references of payments imported before this file. */
  knownBankReferences?: ReadonlySet<string>;
}

const statementNumbers = /\bST-\d{6}-\d{6,}\b/g;
const normaliseAccount = (account: string) => account.replace(/[\s-]/g, '');
const normaliseName = (name: string) => name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const dayNumber = (date: string) => toEpochDay(date);

/**
 * Matches payments to statements, purely. Payments are taken in value-date order (then id), each seeing
 * what the ones before it paid; the rules, in order:
 *  1. statement numbers in the remittance text (one payment may name several statements of one payee);
 *  2. the payee's registered account and an amount equal to one open statement, or to all of them;
 *  3. the payee (by account or registered name) and an amount equal to one statement, or to all, approved
 *     within the date window before the payment;
 *  then, for a known payee, its open statements oldest first (a partial or excess payment).
 * Each payment gets exactly one result, in the order given: matched, underpaid, overpaid, duplicate
 * payment or unknown payee, with the rule that decided and an action.
 */
export function matchPayments(
  payments: readonly Payment[],
  statements: readonly PayableStatement[],
  payees: readonly Payee[],
  settings: MatchSettings,
): PaymentMatch[] {
  for (const p of payments) {
    if (!Number.isSafeInteger(p.amountFen) || p.amountFen <= 0)
      throw new RangeError(`payment ${p.id}: the amount must be whole, positive fen`);
  }
  const byAccount = new Map(payees.flatMap((p) => p.accounts.map((a) => [normaliseAccount(a), p.providerId] as const)));
  const byName = new Map(payees.flatMap((p) => p.names.map((n) => [normaliseName(n), p.providerId] as const)));
  const byNumber = new Map(statements.map((s) => [s.number, s]));
  // Grouped once: a file of a million payments must not scan every statement for each payment.
  const ofPayee = Map.groupBy(statements, (s) => s.providerId);
  const paid = new Map(statements.map((s) => [s.id, s.paidFen]));
  const outstanding = (s: PayableStatement) => Math.max(0, s.netPayableFen - paid.get(s.id)!);
  const seenReferences = new Set(settings.knownBankReferences ?? []);
  const results = new Map<string, PaymentMatch>();

  const ordered = [...payments].sort((a, b) =>
    a.valueDate < b.valueDate ? -1 : a.valueDate > b.valueDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  for (const payment of ordered) {
    results.set(payment.id, matchOne(payment));
  }
  return payments.map((p) => results.get(p.id)!);

  function settle(payment: Payment, rule: MatchRule, providerId: string, targets: PayableStatement[]): PaymentMatch {
    let left = payment.amountFen;
    const allocations: Allocation[] = [];
    for (const s of targets) {
      const amountFen = Math.min(left, outstanding(s));
      if (amountFen <= 0) continue;
      paid.set(s.id, paid.get(s.id)! + amountFen);
      allocations.push({ statementId: s.id, statementNumber: s.number, amountFen });
      left -= amountFen;
    }
    const shortFen = targets.reduce((sum, s) => sum + outstanding(s), 0);
    const numbers = (
      allocations.length ? allocations.map((a) => a.statementNumber) : targets.map((s) => s.number)
    ).join(', ');
    const base = { paymentId: payment.id, rule, providerId, allocations, unallocatedFen: left, shortFen };
    if (left > 0) {
      return {
        ...base,
        outcome: 'overpaid',
        action: `recover ${left} fen from ${providerId} or deduct it from its next statement${numbers ? ` (paid against ${numbers})` : ''}`,
      };
    }
    if (shortFen > 0)
      return {
        ...base,
        outcome: 'underpaid',
        action: `pay the remaining ${shortFen} fen on ${targets
          .filter((s) => outstanding(s) > 0)
          .map((s) => s.number)
          .join(', ')}, or record why it was paid short`,
      };
    return { ...base, outcome: 'matched', action: `mark ${numbers} paid` };
  }

  function duplicate(payment: Payment, rule: MatchRule, providerId: string | null, of: string): PaymentMatch {
    return {
      paymentId: payment.id,
      outcome: 'duplicate_payment',
      rule,
      providerId,
      allocations: [],
      unallocatedFen: payment.amountFen,
      shortFen: 0,
      action: `recover the duplicate ${payment.amountFen} fen${providerId ? ` from ${providerId}` : ''}: ${of}`,
    };
  }

  function matchOne(payment: Payment): PaymentMatch {
    const accountPayee = payment.payeeAccount ? byAccount.get(normaliseAccount(payment.payeeAccount)) : undefined;
    const namePayee = payment.payeeName ? byName.get(normaliseName(payment.payeeName)) : undefined;
    const payee = accountPayee ?? namePayee ?? null;

    const named = [...new Set(payment.remittanceText.match(statementNumbers) ?? [])].flatMap(
      (n) => byNumber.get(n) ?? [],
    );

    if (payment.bankReference !== null) {
      if (seenReferences.has(payment.bankReference)) {
        return duplicate(
          payment,
          'bank_reference',
          named[0]?.providerId ?? payee,
          `bank reference ${payment.bankReference} was already imported`,
        );
      }
      seenReferences.add(payment.bankReference);
    }

    // 1. Statement numbers in the remittance text, kept to the payee of the first one named.
    if (named.length) {
      const providerId = named[0]!.providerId;
      const targets = named.filter((s) => s.providerId === providerId);
      if (targets.every((s) => outstanding(s) === 0))
        return duplicate(
          payment,
          'statement_number',
          providerId,
          `${targets.map((s) => s.number).join(', ')} ${targets.length > 1 ? 'were' : 'was'} already paid`,
        );
      return settle(payment, 'statement_number', providerId, targets);
    }

    if (payee === null) {
      const who =
        [payment.payeeAccount && `account ${payment.payeeAccount}`, payment.payeeName && `name ${payment.payeeName}`]
          .filter(Boolean)
          .join(', ') || 'no payee details';
      return {
        paymentId: payment.id,
        outcome: 'unknown_payee',
        rule: 'none',
        providerId: null,
        allocations: [],
        unallocatedFen: payment.amountFen,
        shortFen: 0,
        action: `identify the payee (${who}): register the account for its provider, or have the bank recall the payment`,
      };
    }

    const open = (ofPayee.get(payee) ?? [])
      .filter((s) => outstanding(s) > 0)
      .sort((a, b) => (a.approvedOn < b.approvedOn ? -1 : a.approvedOn > b.approvedOn ? 1 : a.id - b.id));
    const total = (ss: PayableStatement[]) => ss.reduce((sum, s) => sum + outstanding(s), 0);

    // 2. The payee's registered account and the amount of one open statement, or of all of them.
    if (accountPayee !== undefined) {
      const one = open.find((s) => outstanding(s) === payment.amountFen);
      if (one) return settle(payment, 'payee_account_amount', payee, [one]);
      if (open.length > 1 && total(open) === payment.amountFen)
        return settle(payment, 'payee_account_amount', payee, open);
    }

    // 3. The payee and the amount of one statement, or of all, approved within the window before the payment.
    const day = dayNumber(payment.valueDate);
    const recent = open.filter(
      (s) => dayNumber(s.approvedOn) <= day && day - dayNumber(s.approvedOn) <= settings.dateWindowDays,
    );
    const one = recent.find((s) => outstanding(s) === payment.amountFen);
    if (one) return settle(payment, 'payee_amount_date_window', payee, [one]);
    if (recent.length > 1 && total(recent) === payment.amountFen)
      return settle(payment, 'payee_amount_date_window', payee, recent);

    // A known payee with nothing open: a statement of that amount already paid makes this a duplicate.
    if (open.length === 0) {
      const again = (ofPayee.get(payee) ?? []).find((s) => s.netPayableFen === payment.amountFen);
      if (again)
        return duplicate(payment, 'payee_already_paid', payee, `${again.number} of that amount was already paid`);
    }
    return settle(payment, 'payee_oldest_first', payee, open);
  }
}

import type { Fen } from '@sanbao/money';
import type { Leg } from './ledger-rules.ts';

/** The accounts one provider's settlement moves money between. */
export interface ProviderBooks {
  payable: number;
  chargebackReceivable: number;
  warrantyExpense: number;
  vatInput: number;
  cash: number;
}

const pair = (debit: number, credit: number, amount: Fen): Leg[] => [
  { accountId: debit, side: 'debit', amount },
  { accountId: credit, side: 'credit', amount },
];

/**
 * The legs of each settlement movement (a zero amount has no legs: nothing to post). Which of them are
 * holds is the caller's choice: a disputed line, or a chargeback waiting on a return deadline, is posted
 * as a pending transfer and later posted or voided.
 */
export const settlementPostings = {
  /** A settlement line: warranty expense owed to the provider. */
  lineAccrual: (books: ProviderBooks, amount: Fen): Leg[] =>
    amount > 0 ? pair(books.warrantyExpense, books.payable, amount) : [],
  /** A chargeback (unreturned or failed part, SLA penalty): the provider owes it back, recovering the expense. */
  chargeback: (books: ProviderBooks, amount: Fen): Leg[] =>
    amount > 0 ? pair(books.chargebackReceivable, books.warrantyExpense, amount) : [],
  /** VAT on a statement's net, invoiced by the provider: input VAT the manufacturer may deduct. */
  statementVat: (books: ProviderBooks, vat: Fen): Leg[] =>
    vat > 0 ? pair(books.vatInput, books.payable, vat) : vat < 0 ? pair(books.payable, books.vatInput, -vat) : [],
  /** At approval, the statement's deductions are set off against what is owed. */
  deductionSetOff: (books: ProviderBooks, amount: Fen): Leg[] =>
    amount > 0 ? pair(books.payable, books.chargebackReceivable, amount) : [],
  /** A bank payment to the provider. */
  payment: (books: ProviderBooks, amount: Fen): Leg[] => (amount > 0 ? pair(books.payable, books.cash, amount) : []),
};

import { access, type AccessMatrix } from '@sanbao/testing/authorization';

const { everyone, row } = access;

/**
 * Who may call each settlement procedure, and whose records it reaches. The contract test runs every
 * row against the live service; a procedure without a row fails it. Providers read and act on their own
 * lines, deductions, quota and statements only; warehouse staff have no business here beyond the rate
 * card, which every signed-in caller reads alike.
 */
export const settlementAccess: AccessMatrix = {
  'rateCards.publish': row(['admin', 'finance'], 'none'),
  'rateCards.get': row(everyone, 'shared'),
  'rateCards.list': row(everyone, 'shared'),
  'lines.postForClaim': row(['system'], 'none'),
  'lines.release': row(['system'], 'none'),
  'lines.refuse': row(['system'], 'none'),
  'lines.explain': row(['provider', 'finance', 'admin', 'manager'], 'own'),
  'lines.list': row(['provider', 'finance', 'admin', 'manager'], 'own'),
  'deductions.importChargebacks': row(['system', 'finance'], 'none'),
  'deductions.recordSlaPenalty': row(['system', 'finance'], 'none'),
  'deductions.reverseDuplicate': row(['finance'], 'none'),
  'deductions.list': row(['provider', 'finance', 'admin', 'manager'], 'own'),
  'periods.close': row(['finance', 'admin', 'system'], 'none'),
  'periods.statements': row(['finance', 'admin', 'system'], 'none'),
  'statements.issue': row(['finance', 'admin', 'system'], 'none'),
  'statements.confirm': row(['provider', 'system'], 'own'),
  'statements.remind': row(['system'], 'none'),
  'statements.dispute': row(['provider'], 'own'),
  'statements.resolve': row(['finance', 'admin'], 'none'),
  'statements.approve': row(['finance', 'admin', 'system'], 'none'),
  'statements.markPaid': row(['finance', 'admin', 'system'], 'none'),
  'statements.get': row(['provider', 'finance', 'admin', 'manager', 'system'], 'own'),
  'statements.list': row(['provider', 'finance', 'admin', 'manager', 'system'], 'own'),
  'quota.set': row(['manager', 'finance', 'admin'], 'none'),
  'quota.get': row(['provider', 'manager', 'finance', 'admin'], 'own'),
  'quota.held': row(['manager', 'finance', 'admin'], 'none'),
  'payments.registerPayee': row(['finance', 'admin'], 'none'),
  'payments.import': row(['finance', 'admin'], 'none'),
  'payments.importStatus': row(['finance', 'admin'], 'none'),
  'reconciliation.report': row(['finance', 'admin'], 'none'),
  'finance.payables': row(['finance', 'admin', 'manager'], 'none'),
  'finance.aging': row(['finance', 'admin', 'manager'], 'none'),
  'finance.chargebacksOverTime': row(['finance', 'admin', 'manager'], 'none'),
  'finance.costPerClaim': row(['finance', 'admin', 'manager'], 'none'),
};

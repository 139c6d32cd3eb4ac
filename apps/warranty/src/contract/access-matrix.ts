import { access, type AccessMatrix } from '@sanbao/testing/authorization';

const { everyone, row } = access;

/**
 * Who may call each warranty procedure, and whose records it reaches. The contract test runs every
 * row against the live service; a procedure without a row fails it. Providers reach only their own
 * claims and the units they serve (through a claim or a service record of theirs).
 */
export const warrantyAccess: AccessMatrix = {
  'system.ping': row(everyone, 'shared'),
  'system.recordPing': row(['admin', 'system'], 'none'),
  'system.pingCount': row(['admin', 'system'], 'none'),
  'policies.list': row(everyone, 'shared'),
  'policies.publish': row(['admin'], 'none'),
  'calendar.list': row(everyone, 'shared'),
  'calendar.setDay': row(['admin'], 'none'),
  'calendar.removeDay': row(['admin'], 'none'),
  'models.list': row(everyone, 'shared'),
  'models.get': row(everyone, 'shared'),
  'models.upsert': row(['admin', 'system'], 'none'),
  'sales.register': row(['manager', 'admin', 'system'], 'none'),
  'sales.get': row(everyone, 'own'),
  'salesImports.start': row(['manager', 'admin', 'system'], 'none'),
  'salesImports.status': row(['manager', 'admin', 'system'], 'none'),
  'salesImports.list': row(['manager', 'admin', 'system'], 'none'),
  'history.recordRepair': row(['provider', 'manager', 'admin', 'system'], 'own'),
  'history.recordReplacement': row(['provider', 'manager', 'admin', 'system'], 'own'),
  'history.forUnit': row(everyone, 'own'),
  // A provider opens claims for itself on any sold unit; that is how it comes to serve the unit.
  'claims.open': row(['provider', 'manager', 'admin'], 'shared'),
  'claims.chooseRemedy': row(['provider', 'manager'], 'own'),
  'claims.requestApproval': row(['manager', 'system'], 'none'),
  'claims.approve': row(['manager', 'system'], 'none'),
  'claims.startWork': row(['manager', 'system'], 'none'),
  'claims.reject': row(['manager', 'system'], 'none'),
  'claims.complete': row(['provider', 'manager', 'system'], 'own'),
  'claims.cancel': row(['provider', 'manager'], 'own'),
  'claims.get': row(['provider', 'finance', 'manager', 'admin', 'system'], 'own'),
  'claims.list': row(['provider', 'finance', 'manager', 'admin', 'system'], 'own'),
  'claims.readjudicate': row(['provider', 'finance', 'manager', 'admin', 'system'], 'own'),
  'claims.coverage': row(['system'], 'none'),
  'claims.engineImpact': row(['manager', 'admin'], 'none'),
  'supervision.exceptions': row(['system'], 'none'),
  'eligibility.check': row(['provider', 'manager', 'admin', 'system'], 'shared'),
};

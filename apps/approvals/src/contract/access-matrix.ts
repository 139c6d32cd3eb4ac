import { access, type AccessMatrix } from '@sanbao/testing/authorization';

const { row } = access;

/**
 * Who may call each approvals procedure. The contract test runs every row against the live service; a
 * procedure without a row fails it. Providers and warehouse staff are refused everywhere here, so no row
 * is tenant-scoped; a manager's reach is their approval level instead, which approval-level.int.test.ts
 * checks (a manager sees and decides tasks at or below their level only).
 */
export const approvalsAccess: AccessMatrix = {
  'inbox.list': row(['manager', 'admin', 'finance'], 'none'),
  'inbox.decide': row(['manager', 'finance'], 'none'),
  'tasks.open': row(['system'], 'none'),
  'tasks.remind': row(['system'], 'none'),
  'tasks.escalate': row(['system'], 'none'),
  'tasks.close': row(['system'], 'none'),
  'tasks.openExceptions': row(['system'], 'none'),
  'timeline.get': row(['manager', 'admin', 'finance'], 'none'),
  'policies.current': row(['admin', 'manager', 'finance', 'system'], 'none'),
  'policies.list': row(['admin', 'manager'], 'none'),
  'policies.publish': row(['admin'], 'none'),
};

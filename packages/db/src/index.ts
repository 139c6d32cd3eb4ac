export { createDatabase, type Database, type DatabaseSettings } from './database.ts';
export { parseInt8 } from './int8.ts';
export { inTransaction } from './in-transaction.ts';
export {
  createAuditTrail,
  dropAuditTrail,
  dropAppendOnlyGuard,
  listStateChanges,
  makeAppendOnly,
  recordStateChanges,
  type AuditedDatabase,
  type AuditTrailTable,
  type StateChange,
} from './audit-trail.ts';
export { isDatabaseUnavailable } from './connection-errors.ts';
export { migrate, migrationStatus, type Migrations, type MigrationState } from './migrations.ts';
export {
  sql,
  type Kysely,
  type Transaction,
  type Generated,
  type ColumnType,
  type Selectable,
  type Insertable,
  type Updateable,
  type SelectQueryBuilder,
  type UpdateQueryBuilder,
  type UpdateObject,
} from 'kysely';

export { createDatabase, type Database, type DatabaseSettings } from './database.ts';
export { parseInt8 } from './int8.ts';
export { isDatabaseUnavailable } from './connection-errors.ts';
export { migrate, migrationStatus, type Migrations, type MigrationState } from './migrations.ts';
export { sql, type Kysely, type Transaction, type Generated, type ColumnType, type Selectable, type Insertable, type Updateable } from 'kysely';

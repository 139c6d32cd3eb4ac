import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';

/**
 * An explicit, ordered index of migrations: `{ '2026_11_22_0001_claims': { up, down } }`.
 * Names sort in the order they run; a file-system provider trips over `.ts` under vitest.
 */
export type Migrations = Record<string, Migration>;

export interface MigrationState {
  name: string;
  executedAt: Date | undefined;
}

function migratorFor(db: Kysely<unknown>, schema: string, migrations: Migrations) {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: schema,
    migrationTableName: 'kysely_migration',
    migrationLockTableName: 'kysely_migration_lock',
  });
}

export async function migrate(
  db: Kysely<unknown>,
  schema: string,
  migrations: Migrations,
  direction: 'up' | 'down' = 'up',
): Promise<MigrationResultSet> {
  await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  const migrator = migratorFor(db, schema, migrations);
  const result = direction === 'up' ? await migrator.migrateToLatest() : await migrator.migrateDown();
  if (result.error) {
    throw result.error instanceof Error ? result.error : new Error(String(result.error));
  }
  return result;
}

export async function migrationStatus(
  db: Kysely<unknown>,
  schema: string,
  migrations: Migrations,
): Promise<MigrationState[]> {
  await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  const infos = await migratorFor(db, schema, migrations).getMigrations();
  return infos.map((m) => ({ name: m.name, executedAt: m.executedAt }));
}

import { createDatabase } from './database.ts';
import { migrate, migrationStatus, type Migrations } from './migrations.ts';

export interface MigrateCliOptions {
  url: string;
  schema: string;
  migrations: Migrations;
  /** Where results are reported; a CLI passes a line writer, the dev stack its logger. */
  report: (line: string) => void;
}

/** `migrate up|down|status` for one service schema. Returns the process exit code. */
export async function runMigrateCli(
  command: string | undefined,
  { url, schema, migrations, report }: MigrateCliOptions,
): Promise<number> {
  const database = createDatabase<unknown>({ url, schema, poolMax: 1, applicationName: `sanbao-migrate-${schema}` });
  try {
    switch (command) {
      case 'up':
      case 'down': {
        const result = await migrate(database.db, schema, migrations, command);
        const ran = result.results ?? [];
        if (ran.length === 0) report(`${schema}: nothing to migrate ${command}`);
        for (const r of ran) report(`${schema}: ${r.direction.toLowerCase()} ${r.migrationName} ${r.status}`);
        return 0;
      }
      case 'status': {
        for (const m of await migrationStatus(database.db, schema, migrations)) {
          report(`${schema}: ${m.executedAt ? `applied ${m.executedAt.toISOString()}` : 'pending'}  ${m.name}`);
        }
        return 0;
      }
      default:
        report('usage: migrate up|down|status');
        return 2;
    }
  } finally {
    await database.close();
  }
}

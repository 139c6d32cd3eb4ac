import { runMigrateCli } from '@sanbao/db/migrate-cli';
import { readPartsDatabaseConfig } from './config.ts';
import { partsMigrations } from './migrations/index.ts';
import { partsSchemaName } from './schema.ts';

const config = readPartsDatabaseConfig();
process.exitCode = await runMigrateCli(process.argv[2], {
  url: config.DATABASE_URL,
  schema: partsSchemaName,
  migrations: partsMigrations,
  report: (line) => process.stdout.write(`${line}\n`),
});

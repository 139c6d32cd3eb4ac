import { runMigrateCli } from '@sanbao/db/migrate-cli';
import { readSettlementDatabaseConfig } from './config.ts';
import { settlementMigrations } from './migrations/index.ts';
import { settlementSchemaName } from './schema.ts';

const config = readSettlementDatabaseConfig();
process.exitCode = await runMigrateCli(process.argv[2], {
  url: config.DATABASE_URL,
  schema: settlementSchemaName,
  migrations: settlementMigrations,
  report: (line) => process.stdout.write(`${line}\n`),
});

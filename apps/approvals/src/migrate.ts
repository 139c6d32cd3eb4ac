import { runMigrateCli } from '@sanbao/db/migrate-cli';
import { readApprovalsDatabaseConfig } from './config.ts';
import { approvalsMigrations } from './migrations/index.ts';
import { approvalsSchemaName } from './schema.ts';

const config = readApprovalsDatabaseConfig();
process.exitCode = await runMigrateCli(process.argv[2], {
  url: config.DATABASE_URL,
  schema: approvalsSchemaName,
  migrations: approvalsMigrations,
  report: (line) => process.stdout.write(`${line}\n`),
});

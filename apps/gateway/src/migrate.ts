// `node apps/gateway/src/migrate.ts up|down|status`: the `identity` schema (users, sessions, lockout).
import { runMigrateCli } from '@sanbao/db/migrate-cli';
import { readIdentityDatabaseConfig } from './config.ts';
import { identitySchemaName } from './identity/schema.ts';
import { identityMigrations } from './migrations/index.ts';

const config = readIdentityDatabaseConfig();
process.exitCode = await runMigrateCli(process.argv[2], {
  url: config.DATABASE_URL,
  schema: identitySchemaName,
  migrations: identityMigrations,
  report: (line) => process.stdout.write(`${line}\n`),
});

// `node apps/gateway/src/migrate.ts up|down|status`: the `identity` schema (users, sessions, lockout).
import { runMigrateCli } from '@sanbao/db/migrate-cli';
import { readGatewayConfig } from './config.ts';
import { identitySchemaName } from './identity/schema.ts';
import { identityMigrations } from './migrations/index.ts';

const config = readGatewayConfig();
if (!config.DATABASE_URL) {
  process.stderr.write('set DATABASE_URL (the dev stack prints it)\n');
  process.exit(2);
}
process.exitCode = await runMigrateCli(process.argv[2], {
  url: config.DATABASE_URL,
  schema: identitySchemaName,
  migrations: identityMigrations,
  report: (line) => process.stdout.write(`${line}\n`),
});

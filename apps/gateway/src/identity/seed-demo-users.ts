// `node apps/gateway/src/identity/seed-demo-users.ts`: the dev stack runs it after migrating. Running it
// again resets the demo users' profiles and their password to DEMO_PASSWORD.
import { createDatabase } from '@sanbao/db';
import { readIdentityDatabaseConfig } from '../config.ts';
import { demoUsers } from './demo-users.ts';
import { hashPassword } from './passwords.ts';
import { identitySchemaName, type IdentityDatabase } from './schema.ts';
import { upsertUser } from './users.repository.ts';

const config = readIdentityDatabaseConfig();
const database = createDatabase<IdentityDatabase>({ url: config.DATABASE_URL, schema: identitySchemaName, poolMax: 1 });
try {
  for (const { note: _note, ...user } of demoUsers)
    await upsertUser(database.db, { ...user, passwordHash: await hashPassword(config.DEMO_PASSWORD) });
  process.stdout.write(`${identitySchemaName}: demo users ${demoUsers.map((u) => u.username).join(', ')}\n`);
} finally {
  await database.close();
}

import { createDatabase } from '@sanbao/db';
import { readApprovalsDatabaseConfig } from './config.ts';
import { seedDemoPolicies } from './policies/policies.service.ts';
import { approvalsSchemaName, type ApprovalsDatabase } from './schema.ts';

// The dev stack runs this after the migrations: version 1 of every kind's policy, unless one exists.
const config = readApprovalsDatabaseConfig();
const database = createDatabase<ApprovalsDatabase>({
  url: config.DATABASE_URL,
  schema: approvalsSchemaName,
  poolMax: 2,
});
try {
  await seedDemoPolicies(database.db);
  process.stdout.write('approvals: demo policies in place\n');
} finally {
  await database.close();
}

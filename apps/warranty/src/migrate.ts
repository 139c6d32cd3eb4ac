import { createDatabase } from '@sanbao/db';
import { runMigrateCli } from '@sanbao/db/migrate-cli';
import { readWarrantyDatabaseConfig } from './config.ts';
import { warrantyMigrations } from './migrations/index.ts';
import { seedPoliciesFromAnnex } from './policies/policies.service.ts';
import { warrantySchemaName, type WarrantyDatabase } from './schema.ts';

const config = readWarrantyDatabaseConfig();
const command = process.argv[2];
const report = (line: string) => process.stdout.write(`${line}\n`);
process.exitCode = await runMigrateCli(command, {
  url: config.DATABASE_URL,
  schema: warrantySchemaName,
  migrations: warrantyMigrations,
  report,
});

// Reference data the rules cannot work without: the annex policies, where a category has none yet.
if (command === 'up' && process.exitCode === 0) {
  const database = createDatabase<WarrantyDatabase>({
    url: config.DATABASE_URL,
    schema: warrantySchemaName,
    poolMax: 1,
  });
  try {
    report(`${warrantySchemaName}: seeded ${await seedPoliciesFromAnnex(database.db)} annex policies`);
  } finally {
    await database.close();
  }
}

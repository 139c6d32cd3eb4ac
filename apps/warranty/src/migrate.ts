import { runMigrateCli } from '@sanbao/db/migrate-cli';
import { readWarrantyConfig } from './config.ts';
import { warrantyMigrations } from './migrations/index.ts';
import { warrantySchemaName } from './schema.ts';

const config = readWarrantyConfig();
process.exitCode = await runMigrateCli(process.argv[2], {
  url: config.DATABASE_URL,
  schema: warrantySchemaName,
  migrations: warrantyMigrations,
  report: (line) => process.stdout.write(`${line}\n`),
});

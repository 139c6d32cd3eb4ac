// `node apps/warranty/src/demo/seed-demo.ts` — the dev stack runs it after migrating.
import { createDatabase } from '@sanbao/db';
import { readWarrantyDatabaseConfig } from '../config.ts';
import { warrantySchemaName, type WarrantyDatabase } from '../schema.ts';
import { loadDemoData } from './demo-data.ts';

const config = readWarrantyDatabaseConfig();
const database = createDatabase<WarrantyDatabase>({ url: config.DATABASE_URL, schema: warrantySchemaName, poolMax: 1 });
try {
  const added = await loadDemoData(database.db);
  process.stdout.write(`${warrantySchemaName}: demo data added ${added.models} models, ${added.units} sold units\n`);
} finally {
  await database.close();
}

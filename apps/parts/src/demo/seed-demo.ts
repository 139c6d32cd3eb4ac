// `node apps/parts/src/demo/seed-demo.ts` — the dev stack runs it after migrating.
import { createDatabase } from '@sanbao/db';
import { readPartsDatabaseConfig } from '../config.ts';
import { partsSchemaName, type PartsDatabase } from '../schema.ts';
import { loadDemoData } from './demo-data.ts';

const config = readPartsDatabaseConfig();
const database = createDatabase<PartsDatabase>({ url: config.DATABASE_URL, schema: partsSchemaName, poolMax: 1 });
try {
  const added = await loadDemoData(database.db);
  process.stdout.write(
    `${partsSchemaName}: demo data added ${added.parts} parts, stock for ${added.stockRows} warehouse lines\n`,
  );
} finally {
  await database.close();
}

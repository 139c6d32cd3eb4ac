// `node apps/settlement/src/demo/seed-demo.ts` — the dev stack runs it after migrating.
import { createDatabase } from '@sanbao/db';
import { readSettlementDatabaseConfig } from '../config.ts';
import { loadDemoRateCards } from './demo-data.ts';
import { settlementSchemaName, type SettlementDatabase } from '../schema.ts';

const config = readSettlementDatabaseConfig();
const database = createDatabase<SettlementDatabase>({
  url: config.DATABASE_URL,
  schema: settlementSchemaName,
  poolMax: 1,
});
try {
  const added = await loadDemoRateCards(database.db);
  process.stdout.write(`${settlementSchemaName}: demo data added ${added} rate card version(s)\n`);
} finally {
  await database.close();
}

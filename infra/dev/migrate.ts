// `pnpm migrate up|down|status` for every service schema, against DATABASE_URL.
import { devApps, migrateEntry } from './apps.ts';
import { runToEnd } from './processes.ts';

const command = process.argv[2] ?? 'status';
if (!process.env.DATABASE_URL) {
  process.stderr.write('set DATABASE_URL (the dev stack prints it)\n');
  process.exit(2);
}
for (const app of devApps.filter((a) => a.migrates)) await runToEnd(migrateEntry(app), [command], process.env);

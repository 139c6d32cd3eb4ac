import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './postgres/server.ts';
import { startTestTemporal } from './temporal-server.ts';
import './provided-context.ts';


/** Starts (or finds) one Postgres and one Temporal server for the whole integration run. */
export default async function setup(project: TestProject) {
  const env = process.env;
  const scratch = await mkdtemp(join(tmpdir(), 'sanbao-it-'));
  const [postgres, temporal] = await Promise.all([
    startTestPostgres(env, () => {}),
    startTestTemporal(env, join(scratch, 'temporal.sqlite')),
  ]);
  process.stdout.write(`[int] postgres: ${postgres.source}; temporal: ${temporal.address}\n`);
  project.provide('postgresAdminUrl', postgres.adminUrl);
  project.provide('temporalAddress', temporal.address);
  return async () => {
    await Promise.allSettled([postgres.stop(), temporal.stop()]);
    await rm(scratch, { recursive: true, force: true });
  };
}

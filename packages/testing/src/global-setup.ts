import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './postgres/server.ts';
import { startTestTemporal } from './temporal-server.ts';
import './provided-context.ts';

async function postgresAnswers(url: string, source: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new Error(
      `Postgres from ${source} did not answer (${error instanceof Error ? error.message : String(error)}); integration tests cannot run without it`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

async function temporalAnswers(address: string) {
  try {
    const connection = await Connection.connect({ address, connectTimeout: '10s' });
    await connection.close();
  } catch (error) {
    throw new Error(
      `Temporal at ${address} did not answer (${error instanceof Error ? error.message : String(error)}); integration tests cannot run without it`,
    );
  }
}

/** Starts (or finds) one Postgres and one Temporal server for the whole integration run. */
export default async function setup(project: TestProject) {
  const env = process.env;
  const scratch = await mkdtemp(join(tmpdir(), 'sanbao-it-'));
  const [postgres, temporal] = await Promise.all([
    startTestPostgres(env, () => {}),
    startTestTemporal(env, join(scratch, 'temporal.sqlite')),
  ]);
  try {
    await Promise.all([postgresAnswers(postgres.adminUrl, postgres.source), temporalAnswers(temporal.address)]);
  } catch (error) {
    await Promise.allSettled([postgres.stop(), temporal.stop()]);
    throw error;
  }
  process.stdout.write(`[int] postgres: ${postgres.source}; temporal: ${temporal.address}\n`);
  project.provide('postgresAdminUrl', postgres.adminUrl);
  project.provide('temporalAddress', temporal.address);
  return async () => {
    await Promise.allSettled([postgres.stop(), temporal.stop()]);
    await rm(scratch, { recursive: true, force: true });
  };
}

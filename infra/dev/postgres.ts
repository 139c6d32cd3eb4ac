import pg from 'pg';
import { startEmbeddedPostgres } from '@sanbao/testing/postgres';

export interface DevPostgres {
  url: string;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; else embedded Postgres keeping its data under .data/postgres. */
export async function startDevPostgres(
  env: Record<string, string | undefined>,
  dataDir: string,
  port: number,
): Promise<DevPostgres> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  const client = new pg.Client({ connectionString: server.adminUrl });
  await client.connect();
  const { rowCount } = await client.query(`select 1 from pg_database where datname = 'sanbao'`);
  if (!rowCount) await client.query('create database sanbao');
  await client.end();
  const url = new URL(server.adminUrl);
  url.pathname = '/sanbao';
  return { url: url.toString(), stop: server.stop };
}

import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { parseInt8 } from './int8.ts';

pg.types.setTypeParser(pg.types.builtins.INT8, parseInt8);
// Calendar dates stay 'YYYY-MM-DD' strings: a business date must not drift through a Date in a timezone.
pg.types.setTypeParser(pg.types.builtins.DATE, (text: string) => text);

export interface DatabaseSettings {
  url: string;
  /** The service's own schema; queries are unqualified and resolve through search_path. */
  schema: string;
  poolMax?: number;
  applicationName?: string;
  /** An idle connection failed (the server restarted, the network dropped). The pool replaces it. */
  onConnectionError?: (error: Error) => void;
}

export interface Database<DB> {
  db: Kysely<DB>;
  pool: pg.Pool;
  schema: string;
  /** A cheap round trip for readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function createDatabase<DB>({
  url,
  schema,
  poolMax = 10,
  applicationName,
  onConnectionError,
}: DatabaseSettings): Database<DB> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    options: `-c search_path=${schema},public -c TimeZone=UTC`,
    application_name: applicationName ?? `sanbao-${schema}`,
  });
  // Without a listener an idle client's error would crash the process.
  pool.on('error', (error) => onConnectionError?.(error));
  // Nor may a checked-out client's: when the server goes away between two statements (a restart, a
  // failover) the client emits 'error' with no query to reject. The next query on it fails and the
  // pool discards it; the request answers 503.
  pool.on('connect', (client) => client.on('error', (error) => onConnectionError?.(error)));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  let closed = false;
  return {
    db,
    pool,
    schema,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

import { createHash, randomBytes } from 'node:crypto';
import { createDatabase, migrate, type Database, type Migrations } from '@sanbao/db';
import pg from 'pg';

export interface TestDatabase {
  url: string;
  name: string;
  /** A Kysely database bound to one service schema of this test database. */
  open<DB>(schema: string): Database<DB>;
  drop(): Promise<void>;
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function admin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, cloned from a template that has every given service schema
 * migrated. The template is built once per set of migrations, under an advisory lock, so parallel
 * test files share the work.
 */
export async function createTestDatabase(adminUrl: string, schemas: Record<string, Migrations>): Promise<TestDatabase> {
  const fingerprint = createHash('sha256')
    // Names and bodies: a migration edited in place (or in another checkout) gets its own template.
    .update(
      JSON.stringify(
        Object.entries(schemas).map(([schema, m]) => [schema, Object.entries(m).map(([n, x]) => [n, String(x.up)])]),
      ),
    )
    .digest('hex')
    .slice(0, 16);
  const template = `sanbao_tpl_${fingerprint}`;
  const name = `sanbao_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;

  await admin(adminUrl, async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', [template]);
    try {
      const { rows } = await client.query<{ ready: boolean }>(
        `select shobj_description(oid, 'pg_database') = 'migrated' as ready from pg_database where datname = $1`,
        [template],
      );
      if (!rows[0]?.ready) {
        if (rows.length) await client.query(`drop database "${template}" with (force)`);
        await client.query(`create database "${template}"`);
        for (const [schema, migrations] of Object.entries(schemas)) {
          const database = createDatabase<unknown>({ url: withDatabase(adminUrl, template), schema, poolMax: 1 });
          try {
            await migrate(database.db, schema, migrations);
          } finally {
            await database.close();
          }
        }
        await client.query(`comment on database "${template}" is 'migrated'`);
      }
      await client.query(`create database "${name}" template "${template}"`);
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [template]);
    }
  });

  const url = withDatabase(adminUrl, name);
  const opened: Database<unknown>[] = [];
  return {
    url,
    name,
    open<DB>(schema: string) {
      const database = createDatabase<DB>({ url, schema, poolMax: 20 });
      opened.push(database as Database<unknown>);
      return database;
    },
    async drop() {
      await Promise.all(opened.map((d) => d.close()));
      await admin(adminUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
    },
  };
}

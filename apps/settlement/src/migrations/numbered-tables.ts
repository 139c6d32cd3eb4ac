import { makeAppendOnly, sql, type Kysely } from '@sanbao/db';

/**
 * Creates a table whose rows are numbered by an identity `id` (its primary key and first column),
 * followed by the columns and table constraints the template lists. An append-only table refuses every
 * update and delete once a row is written (`makeAppendOnly`).
 *
 *     await createNumberedTable(db, 'deductions', { appendOnly: true })`
 *       provider_id text not null,
 *       created_at timestamptz not null default now()`;
 */
export const createNumberedTable =
  (db: Kysely<unknown>, table: string, { appendOnly }: { appendOnly: boolean }) =>
  async (columns: TemplateStringsArray): Promise<void> => {
    const numbered = sql`create table ${sql.id(table)} (id bigint generated always as identity primary key, ${sql.raw(columns.join(''))})`;
    await numbered.execute(db);
    if (appendOnly) await makeAppendOnly(db, table);
  };

/** Drops the tables in the order given (a migration's `down`: the last created first). */
export async function dropTables(db: Kysely<unknown>, ...tables: string[]): Promise<void> {
  for (const table of tables) await sql`drop table ${sql.id(table)}`.execute(db);
}

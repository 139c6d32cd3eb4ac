import { makeAppendOnly, sql, type Kysely } from '@sanbao/db';
import { createNumberedTable, dropTables } from './numbered-tables.ts';

/**
 * Reconciliation: providers as the bank knows them (payees), imported payment files with their progress,
 * every payment with the result the matcher gave it (and the rule that made it), and its allocations to statements.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table payees (
      provider_id text primary key,
      accounts text[] not null default '{}',
      names text[] not null default '{}',
      updated_at timestamptz not null default now()
    )`.execute(db);
  await createNumberedTable(db, 'payment_imports', { appendOnly: false })`
    file_name text not null,
    format text not null check (format in ('csv', 'xlsx')),
    content bytea not null,
    status text not null check (status in ('queued', 'reading', 'done', 'failed')),
    rows_read integer not null default 0,
    errors jsonb not null default '[]',
    summary jsonb,
    imported_by text not null,
    created_at timestamptz not null default now(),
    finished_at timestamptz`;
  await createNumberedTable(db, 'payments', { appendOnly: true })`
    import_id bigint not null references payment_imports (id),
    row_number integer not null,
    bank_reference text,
    value_date date not null,
    payee_account text,
    payee_name text,
    amount_fen bigint not null check (amount_fen > 0),
    remittance_text text not null,
    outcome text not null check (outcome in ('matched', 'underpaid', 'overpaid', 'duplicate_payment', 'unknown_payee')),
    rule text not null,
    provider_id text,
    unallocated_fen bigint not null,
    short_fen bigint not null,
    action text not null,
    constraint payments_row unique (import_id, row_number)`;
  await sql`create index payments_bank_reference on payments (bank_reference) where bank_reference is not null`.execute(
    db,
  );
  await sql`create index payments_outcome on payments (import_id, outcome, id)`.execute(db);
  await sql`
    create table payment_allocations (
      payment_id bigint not null references payments (id),
      statement_id bigint not null references statements (id),
      amount_fen bigint not null check (amount_fen > 0),
      primary key (payment_id, statement_id)
    )`.execute(db);
  await sql`create index payment_allocations_statement on payment_allocations (statement_id)`.execute(db);
  await makeAppendOnly(db, 'payment_allocations');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, 'payment_allocations', 'payments', 'payment_imports', 'payees');
}

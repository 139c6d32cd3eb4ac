import { makeAppendOnly, sql, type Kysely } from '@sanbao/db';
import { dropTables } from './numbered-tables.ts';

/**
 * Quota control (额度管控): a monthly warranty budget per provider. A line beyond it is held (a pending
 * transfer) until a manager releases or refuses it; the decision is recorded once per line.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table provider_quotas (
      provider_id text primary key,
      monthly_budget_fen bigint not null check (monthly_budget_fen >= 0),
      set_by text not null,
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table line_decisions (
      line_id bigint primary key references settlement_lines (id),
      decision text not null check (decision in ('released', 'refused')),
      reason text not null,
      decided_by text not null,
      transfer_id bigint not null references ledger_transfers (id),
      decided_at timestamptz not null default now()
    )`.execute(db);
  await makeAppendOnly(db, 'line_decisions');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, 'line_decisions', 'provider_quotas');
}

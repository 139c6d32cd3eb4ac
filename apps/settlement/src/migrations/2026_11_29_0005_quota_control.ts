import { sql, type Kysely } from '@sanbao/db';

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
  await sql`create trigger line_decisions_append_only before update or delete on line_decisions for each row execute function forbid_change()`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table line_decisions`.execute(db);
  await sql`drop table provider_quotas`.execute(db);
}

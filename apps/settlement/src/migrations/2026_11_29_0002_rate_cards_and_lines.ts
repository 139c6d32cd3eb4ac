import { sql, type Kysely } from '@sanbao/db';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A published rate card never changes: a new version with a later effective date replaces it.
  await sql`
    create table rate_card_versions (
      id bigint generated always as identity primary key,
      effective_from date not null unique,
      card jsonb not null,
      published_by text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create trigger rate_card_versions_append_only before update or delete on rate_card_versions for each row execute function forbid_change()`.execute(
    db,
  );

  // A line keeps everything it was computed from, so it can be recomputed from its rate-card version.
  await sql`
    create table settlement_lines (
      id bigint generated always as identity primary key,
      claim_id text not null unique,
      provider_id text not null,
      business_date date not null,
      service_type text not null check (service_type in ('A', 'B', 'C', 'D')),
      rate_card_version_id bigint not null references rate_card_versions (id),
      operation_code text not null,
      category text not null,
      grade text not null,
      region text not null,
      one_way_meters integer not null check (one_way_meters >= 0),
      parts_cost_fen bigint not null check (parts_cost_fen >= 0),
      standard_minutes integer,
      travel_band_from_km integer,
      amount_fen bigint not null check (amount_fen >= 0),
      explanation jsonb not null,
      transfer_id bigint references ledger_transfers (id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index settlement_lines_provider on settlement_lines (provider_id, business_date, id)`.execute(db);
  await sql`create trigger settlement_lines_append_only before update or delete on settlement_lines for each row execute function forbid_change()`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table settlement_lines`.execute(db);
  await sql`drop table rate_card_versions`.execute(db);
}

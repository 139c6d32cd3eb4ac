import { sql, type Kysely } from '@sanbao/db';
import { createNumberedTable, dropTables } from './numbered-tables.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A published rate card never changes: a new version with a later effective date replaces it.
  await createNumberedTable(db, 'rate_card_versions', { appendOnly: true })`
    effective_from date not null unique,
    card jsonb not null,
    published_by text not null,
    created_at timestamptz not null default now()`;

  // A line keeps everything it was computed from, so it can be recomputed from its rate-card version.
  await createNumberedTable(db, 'settlement_lines', { appendOnly: true })`
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
    created_at timestamptz not null default now()`;
  await sql`create index settlement_lines_provider on settlement_lines (provider_id, business_date, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, 'settlement_lines', 'rate_card_versions');
}

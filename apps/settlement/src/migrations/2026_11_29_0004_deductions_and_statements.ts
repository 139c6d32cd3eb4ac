import { sql, type Kysely } from '@sanbao/db';
import { createNumberedTable, dropTables } from './numbered-tables.ts';

/**
 * Deductions and credits (chargebacks from the parts service's outbox, SLA penalties, reversals of
 * duplicate claims, re-credits of late parts), statements per provider and month with the items each
 * carries, and the provider's disputes of statement lines.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence statement_number_seq`.execute(db);

  // A deduction or credit, as recorded; what happened to its ledger hold is read from the ledger.
  await createNumberedTable(db, 'deductions', { appendOnly: true })`
    provider_id text not null,
    kind text not null check (kind in ('chargeback', 'sla_penalty', 'duplicate_reversal', 'recredit')),
    amount_fen bigint not null check (amount_fen > 0),
    business_date date not null,
    source_event_id bigint unique,
    claim_id text,
    reason text not null,
    transfer_id bigint not null references ledger_transfers (id),
    recredits_deduction_id bigint references deductions (id),
    recorded_by text not null,
    created_at timestamptz not null default now()`;
  await sql`create unique index deductions_one_per_claim_kind on deductions (claim_id, kind) where claim_id is not null`.execute(
    db,
  );
  await sql`create unique index deductions_one_recredit on deductions (recredits_deduction_id) where recredits_deduction_id is not null`.execute(
    db,
  );
  await sql`create index deductions_provider on deductions (provider_id, business_date)`.execute(db);

  await createNumberedTable(db, 'statements', { appendOnly: false })`
    number text not null unique,
    provider_id text not null,
    period text not null check (period ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
    state text not null check (state in ('draft', 'issued', 'confirmed', 'disputed', 'approved', 'paid', 'reconciled')),
    lines_fen bigint not null,
    deductions_fen bigint not null,
    net_before_vat_fen bigint not null,
    vat_rate_bp integer not null,
    vat_fen bigint not null,
    net_payable_fen bigint not null,
    issued_on date,
    approved_on date,
    paid_fen bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint statements_one_per_provider_period unique (provider_id, period)`;
  await sql`create index statements_state on statements (state, provider_id)`.execute(db);

  // What a statement carries; each line and each deduction is on one statement at most.
  await createNumberedTable(db, 'statement_items', { appendOnly: true })`
    statement_id bigint not null references statements (id),
    kind text not null check (kind in ('line', 'deduction', 'credit', 'adjustment')),
    line_id bigint unique references settlement_lines (id),
    deduction_id bigint unique references deductions (id),
    dispute_id bigint,
    amount_fen bigint not null check (amount_fen >= 0),
    created_at timestamptz not null default now()`;
  await sql`create index statement_items_statement on statement_items (statement_id, id)`.execute(db);

  // A provider's dispute of one line: the extra it claims is held (a pending transfer) until finance resolves it.
  await createNumberedTable(db, 'statement_disputes', { appendOnly: false })`
    statement_id bigint not null references statements (id),
    line_id bigint not null references settlement_lines (id) unique,
    reason text not null,
    claimed_fen bigint not null check (claimed_fen > 0),
    hold_transfer_id bigint not null references ledger_transfers (id),
    status text not null check (status in ('open', 'resolved')),
    granted_fen bigint check (granted_fen >= 0 and granted_fen <= claimed_fen),
    resolution text,
    resolved_by text,
    created_at timestamptz not null default now(),
    resolved_at timestamptz`;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, 'statement_disputes', 'statement_items', 'statements', 'deductions');
  await sql`drop sequence statement_number_seq`.execute(db);
}

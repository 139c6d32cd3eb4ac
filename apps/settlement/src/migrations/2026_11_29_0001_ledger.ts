import { dropAppendOnlyGuard, sql, type Kysely } from '@sanbao/db';
import { createNumberedTable, dropTables } from './numbered-tables.ts';

/**
 * The ledger: accounts, transfers and their entries, with TigerBeetle's semantics. The posting function
 * (ledger/post-transfers.ts) is the only writer; the constraints and triggers here are the last line of
 * defence behind it: rows never change once written, each entry continues its account's running balance
 * with the next sequence number, every transfer balances when its transaction commits, an idempotency
 * key names at most one transfer, and a pending transfer is resolved (posted or voided) at most once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createNumberedTable(db, 'ledger_accounts', { appendOnly: true })`
    code text not null check (code in ('provider_payable', 'warranty_expense', 'chargeback_receivable', 'vat_input', 'vat_output', 'cash')),
    provider_id text,
    currency text not null default 'CNY' check (currency ~ '^[A-Z]{3}$'),
    balance_limit text check (balance_limit in ('debits_must_not_exceed_credits', 'credits_must_not_exceed_debits')),
    created_at timestamptz not null default now(),
    constraint ledger_accounts_provider_when_per_provider check (
      (code in ('provider_payable', 'chargeback_receivable')) = (provider_id is not null)
    )`;
  await sql`create unique index ledger_accounts_identity on ledger_accounts (code, coalesce(provider_id, ''), currency)`.execute(
    db,
  );

  await createNumberedTable(db, 'ledger_transfers', { appendOnly: true })`
    idempotency_key text not null unique,
    body_hash text not null,
    kind text not null check (kind in ('posted', 'pending', 'post_pending', 'void_pending', 'reversal')),
    currency text not null,
    pending_transfer_id bigint references ledger_transfers (id),
    reverses_transfer_id bigint references ledger_transfers (id),
    reference text,
    description text,
    created_at timestamptz not null default now(),
    constraint ledger_transfers_resolves_a_pending check ((kind in ('post_pending', 'void_pending')) = (pending_transfer_id is not null)),
    constraint ledger_transfers_reverses_one check ((kind = 'reversal') = (reverses_transfer_id is not null))`;
  // A pending transfer is posted or voided once; a transfer is reversed once.
  await sql`create unique index ledger_transfers_one_resolution on ledger_transfers (pending_transfer_id) where pending_transfer_id is not null`.execute(
    db,
  );
  await sql`create unique index ledger_transfers_one_reversal on ledger_transfers (reverses_transfer_id) where reverses_transfer_id is not null`.execute(
    db,
  );
  await sql`create index ledger_transfers_reference on ledger_transfers (reference) where reference is not null`.execute(
    db,
  );

  await createNumberedTable(db, 'ledger_entries', { appendOnly: true })`
    transfer_id bigint not null references ledger_transfers (id),
    account_id bigint not null references ledger_accounts (id),
    sequence integer not null check (sequence > 0),
    side text not null check (side in ('debit', 'credit')),
    effect text not null check (effect in ('posted', 'pending', 'post_pending', 'void_pending')),
    amount bigint not null check (amount > 0),
    debits_posted bigint not null check (debits_posted >= 0),
    credits_posted bigint not null check (credits_posted >= 0),
    debits_pending bigint not null check (debits_pending >= 0),
    credits_pending bigint not null check (credits_pending >= 0),
    created_at timestamptz not null default now(),
    constraint ledger_entries_account_sequence unique (account_id, sequence)`;
  await sql`create index ledger_entries_transfer on ledger_entries (transfer_id)`.execute(db);

  // Each entry must follow its account's head: the next sequence, and running balances that are the
  // head's plus this entry's effect. Rows earlier in the same INSERT are visible to this trigger.
  await sql`
    create function ledger_entry_follows_head() returns trigger language plpgsql as $$
    declare
      head record;
      dp bigint := 0; cp bigint := 0; dq bigint := 0; cq bigint := 0; seq integer := 0;
      signed_posted bigint; signed_pending bigint;
    begin
      select sequence, debits_posted, credits_posted, debits_pending, credits_pending into head
        from ledger_entries where account_id = new.account_id order by sequence desc limit 1;
      if found then
        seq := head.sequence; dp := head.debits_posted; cp := head.credits_posted; dq := head.debits_pending; cq := head.credits_pending;
      end if;
      if new.sequence <> seq + 1 then
        raise exception 'ledger entry for account % has sequence %, expected %', new.account_id, new.sequence, seq + 1;
      end if;
      signed_posted := case new.effect when 'posted' then new.amount when 'post_pending' then new.amount else 0 end;
      signed_pending := case new.effect when 'pending' then new.amount when 'post_pending' then -new.amount when 'void_pending' then -new.amount else 0 end;
      if new.side = 'debit' then
        dp := dp + signed_posted; dq := dq + signed_pending;
      else
        cp := cp + signed_posted; cq := cq + signed_pending;
      end if;
      if (new.debits_posted, new.credits_posted, new.debits_pending, new.credits_pending) is distinct from (dp, cp, dq, cq) then
        raise exception 'ledger entry for account % does not continue its running balance', new.account_id;
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger ledger_entries_follow_head before insert on ledger_entries for each row execute function ledger_entry_follows_head()`.execute(
    db,
  );

  // Checked when the transaction commits, after all of a transfer's entries are in.
  await sql`
    create function ledger_transfer_balances() returns trigger language plpgsql as $$
    declare debits bigint; credits bigint; legs integer;
    begin
      select coalesce(sum(amount) filter (where side = 'debit'), 0), coalesce(sum(amount) filter (where side = 'credit'), 0), count(*)
        into debits, credits, legs from ledger_entries where transfer_id = new.id;
      if legs = 0 or debits <> credits then
        raise exception 'ledger transfer % does not balance (debits %, credits %, % entries)', new.id, debits, credits, legs;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create constraint trigger ledger_transfers_balance after insert on ledger_transfers
    deferrable initially deferred for each row execute function ledger_transfer_balances()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, 'ledger_entries', 'ledger_transfers', 'ledger_accounts');
  await sql`drop function ledger_transfer_balances`.execute(db);
  await sql`drop function ledger_entry_follows_head`.execute(db);
  await dropAppendOnlyGuard(db);
}

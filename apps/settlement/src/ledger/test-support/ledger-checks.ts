import { sql, type Kysely } from '@sanbao/db';
import type { SettlementDatabase } from '../../schema.ts';

/**
 * The ledger's invariants over every row, each as the rows that break it (empty when it holds):
 * - per currency, posted debits equal posted credits and pending debits equal pending credits;
 * - every entry's running balance equals the fold of its account's entries up to it;
 * - each account's sequence numbers run 1, 2, 3, … in the order the entries were written;
 * - every transfer's entries balance.
 */
export async function ledgerInvariantBreaches(db: Kysely<SettlementDatabase>) {
  const [unbalancedCurrencies, badFolds, gaps, unbalancedTransfers] = await Promise.all([
    sql<{ currency: string; posted: number; pending: number }>`
      select a.currency, sum(h.debits_posted - h.credits_posted) as posted, sum(h.debits_pending - h.credits_pending) as pending
      from ledger_accounts a
      cross join lateral (select * from ledger_entries e where e.account_id = a.id order by e.sequence desc limit 1) h
      group by a.currency
      having sum(h.debits_posted - h.credits_posted) <> 0 or sum(h.debits_pending - h.credits_pending) <> 0`.execute(
      db,
    ),
    sql<{ id: number }>`
      select id from (
        select e.*,
          sum(case when side = 'debit' and effect in ('posted', 'post_pending') then amount else 0 end) over w as dp,
          sum(case when side = 'credit' and effect in ('posted', 'post_pending') then amount else 0 end) over w as cp,
          sum(case when side = 'debit' then case effect when 'pending' then amount when 'posted' then 0 else -amount end else 0 end) over w as dq,
          sum(case when side = 'credit' then case effect when 'pending' then amount when 'posted' then 0 else -amount end else 0 end) over w as cq
        from ledger_entries e
        window w as (partition by account_id order by sequence rows between unbounded preceding and current row)
      ) f
      where (debits_posted, credits_posted, debits_pending, credits_pending) is distinct from (dp, cp, dq, cq)`.execute(
      db,
    ),
    sql<{ id: number }>`
      select id from (
        select id, sequence, row_number() over (partition by account_id order by id) as nth from ledger_entries
      ) s where sequence <> nth`.execute(db),
    sql<{ id: number }>`
      select t.id from ledger_transfers t left join ledger_entries e on e.transfer_id = t.id
      group by t.id
      having count(e.id) = 0 or sum(case when e.side = 'debit' then e.amount else -e.amount end) <> 0`.execute(db),
  ]);
  return {
    unbalancedCurrencies: unbalancedCurrencies.rows,
    badFolds: badFolds.rows,
    gaps: gaps.rows,
    unbalancedTransfers: unbalancedTransfers.rows,
  };
}

export const noBreaches = { unbalancedCurrencies: [], badFolds: [], gaps: [], unbalancedTransfers: [] };

/** Row counts, to show a refused batch wrote nothing. */
export async function ledgerRowCounts(db: Kysely<SettlementDatabase>) {
  const { rows } = await sql<{ transfers: number; entries: number }>`
    select (select count(*) from ledger_transfers) as transfers, (select count(*) from ledger_entries) as entries`.execute(
    db,
  );
  return rows[0]!;
}

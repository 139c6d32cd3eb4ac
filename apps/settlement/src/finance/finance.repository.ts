import { sql, type Kysely } from '@sanbao/db';
import type { SettlementDatabase } from '../schema.ts';

type Db = Kysely<SettlementDatabase>;
const n = (text: string | number | null) => Number(text ?? 0);

/** Each provider's payable from its account's latest entry: posted owed, and held (pending) on either side. */
export async function payablesPage(db: Db, page: { afterProviderId?: string | undefined; limit: number }) {
  const { rows } = await sql<{
    providerId: string;
    creditsPosted: string;
    debitsPosted: string;
    creditsPending: string;
    debitsPending: string;
  }>`
    select a.provider_id, coalesce(h.credits_posted, 0)::text as credits_posted, coalesce(h.debits_posted, 0)::text as debits_posted,
      coalesce(h.credits_pending, 0)::text as credits_pending, coalesce(h.debits_pending, 0)::text as debits_pending
    from ledger_accounts a
    left join lateral (select * from ledger_entries e where e.account_id = a.id order by e.sequence desc limit 1) h on true
    where a.code = 'provider_payable' and a.currency = 'CNY' ${page.afterProviderId === undefined ? sql`` : sql`and a.provider_id > ${page.afterProviderId}`}
    order by a.provider_id limit ${page.limit}`.execute(db);
  return rows.map((r) => ({
    providerId: r.providerId,
    owedFen: n(r.creditsPosted) - n(r.debitsPosted),
    heldFen: n(r.creditsPending) - n(r.debitsPending),
  }));
}

/** What approved statements still wait for, per provider, by days since approval on a CST date. */
export async function agingPage(db: Db, page: { asOf: string; afterProviderId?: string | undefined; limit: number }) {
  const { rows } = await sql<{
    providerId: string;
    d0to30: string;
    d31to60: string;
    d61to90: string;
    over90: string;
    statements: string;
  }>`
    select provider_id,
      coalesce(sum(due) filter (where age <= 30), 0)::text as d0to30,
      coalesce(sum(due) filter (where age between 31 and 60), 0)::text as d31to60,
      coalesce(sum(due) filter (where age between 61 and 90), 0)::text as d61to90,
      coalesce(sum(due) filter (where age > 90), 0)::text as over90,
      count(*)::text as statements
    from (
      select provider_id, net_payable_fen - paid_fen as due, (${page.asOf}::date - approved_on) as age
      from statements where state in ('approved', 'paid') and approved_on <= ${page.asOf}::date and net_payable_fen > paid_fen
    ) open
    ${page.afterProviderId === undefined ? sql`` : sql`where provider_id > ${page.afterProviderId}`}
    group by provider_id order by provider_id limit ${page.limit}`.execute(db);
  return rows.map((r) => ({
    providerId: r.providerId,
    statements: n(r.statements),
    days0to30Fen: n(r.d0to30),
    days31to60Fen: n(r.d31to60),
    days61to90Fen: n(r.d61to90),
    over90Fen: n(r.over90),
  }));
}

/** Chargebacks, their re-credits and SLA penalties per month (held charges included, voided ones not). */
export async function chargebacksByMonthPage(
  db: Db,
  page: { from: string; to: string; providerId?: string | undefined; afterPeriod?: string | undefined; limit: number },
) {
  const { rows } = await sql<{
    period: string;
    chargebacks: string;
    chargebackFen: string;
    recreditFen: string;
    slaPenaltyFen: string;
  }>`
    select to_char(d.business_date, 'YYYY-MM') as period,
      count(*) filter (where d.kind = 'chargeback')::text as chargebacks,
      coalesce(sum(d.amount_fen) filter (where d.kind = 'chargeback'), 0)::text as chargeback_fen,
      coalesce(sum(d.amount_fen) filter (where d.kind = 'recredit' and t.kind <> 'void_pending'), 0)::text as recredit_fen,
      coalesce(sum(d.amount_fen) filter (where d.kind = 'sla_penalty'), 0)::text as sla_penalty_fen
    from deductions d join ledger_transfers t on t.id = d.transfer_id
    where d.business_date between ${page.from}::date and ${page.to}::date
      and not (d.kind = 'chargeback' and exists (select 1 from ledger_transfers v where v.pending_transfer_id = t.id and v.kind = 'void_pending'))
      ${page.providerId === undefined ? sql`` : sql`and d.provider_id = ${page.providerId}`}
    group by 1 ${page.afterPeriod === undefined ? sql`` : sql`having to_char(d.business_date, 'YYYY-MM') > ${page.afterPeriod}`}
    order by 1 limit ${page.limit}`.execute(db);
  return rows.map((r) => ({
    period: r.period,
    chargebacks: n(r.chargebacks),
    chargebackFen: n(r.chargebackFen),
    recreditFen: n(r.recreditFen),
    slaPenaltyFen: n(r.slaPenaltyFen),
  }));
}

export type CostDimension = 'category' | 'model' | 'part';
const dimensionColumn = {
  category: sql.ref('category'),
  model: sql.ref('model_code'),
  part: sql.ref('part_code'),
} as const;

/** Warranty cost per claim by product category, model or main part, over lines not refused. */
export async function costPerClaimPage(
  db: Db,
  page: { by: CostDimension; from: string; to: string; afterKey?: string | undefined; limit: number },
) {
  const column = dimensionColumn[page.by];
  const { rows } = await sql<{ key: string; claims: string; totalFen: string }>`
    select coalesce(${column}, '(none)') as key, count(*)::text as claims, sum(l.amount_fen)::text as total_fen
    from settlement_lines l
    where l.business_date between ${page.from}::date and ${page.to}::date
      and not exists (select 1 from line_decisions d where d.line_id = l.id and d.decision = 'refused')
    group by 1 ${page.afterKey === undefined ? sql`` : sql`having coalesce(${column}, '(none)') > ${page.afterKey}`}
    order by 1 limit ${page.limit}`.execute(db);
  return rows.map((r) => {
    const claims = n(r.claims);
    const totalFen = n(r.totalFen);
    return { key: r.key, claims, totalFen, averageFen: claims ? Math.round(totalFen / claims) : 0 };
  });
}

import { sql, type Kysely } from '@sanbao/db';
import type { PartsDatabase } from '../schema.ts';
import type { ExposureComponents } from './exposure-math.ts';

/**
 * The three components of a provider's exposure, read in one round trip, and beside them the value of
 * warranty parts requested and not yet received (submitted up to shipped), which a credit check adds.
 */
export async function exposureComponentsOf(
  db: Kysely<PartsDatabase>,
  providerId: string,
): Promise<ExposureComponents & { pendingIssueFen: number }> {
  const { rows } = await sql<ExposureComponents & { pendingIssueFen: number }>`
    select
      (select coalesce(sum((l.quantity_received - l.quantity_consumed)::bigint * l.unit_cost_fen), 0)::bigint
         from parts_request_lines l join parts_requests r on r.id = l.request_id
        where r.provider_id = ${providerId} and r.purpose = 'warranty') as issued_not_consumed_fen,
      (select coalesce(sum(t.unit_cost_fen), 0)::bigint
         from return_tags t
        where t.provider_id = ${providerId} and t.status in ('awaiting_return', 'in_transit')) as awaiting_return_fen,
      (select coalesce(sum(c.amount_fen), 0)::bigint
         from chargeback_events c
        where c.provider_id = ${providerId} and c.kind = 'chargeback' and c.acknowledged_at is null
          and not exists (select 1 from chargeback_events r where r.reverses_event_id = c.id)) as open_chargebacks_fen,
      (select coalesce(sum((l.quantity - l.quantity_received)::bigint * l.unit_cost_fen), 0)::bigint
         from parts_request_lines l join parts_requests r on r.id = l.request_id
        where r.provider_id = ${providerId} and r.purpose = 'warranty'
          and r.status in ('submitted', 'approved', 'reserved', 'shipped', 'partially_received')) as pending_issue_fen
  `.execute(db);
  return rows[0]!;
}

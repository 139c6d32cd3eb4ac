import { sql, type Kysely } from '@sanbao/db';
import {
  computeLine,
  demoRateCard,
  insertRateCardVersion,
  postTransfers,
  providerBooks,
  settlementPostings,
  tvRepair,
  type SettlementDatabase,
} from '@sanbao/settlement/testing';

export const providerIdOf = (k: number) => `SP-${String(k).padStart(5, '0')}`;

/**
 * `lines` settlement lines of November 2026 spread evenly over `providers`, each paid by the demo card
 * (17 904 fen). The ledger holds one accrual per provider for all its lines, posted through the posting
 * function; the lines are written with one set-based insert. Returns the amount of one line.
 */
export async function seedLines(db: Kysely<SettlementDatabase>, lines: number, providers: number): Promise<number> {
  if (lines % providers !== 0) throw new Error('--lines must be a multiple of --providers');
  const version = (await insertRateCardVersion(db, {
    effectiveFrom: '2026-01-01',
    card: demoRateCard,
    publishedBy: 'bench',
  }))!;
  const line = computeLine(version, tvRepair);
  const perProvider = lines / providers;
  const ids = Array.from({ length: providers }, (_, k) => providerIdOf(k));
  const transferOf: number[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const requests = [];
    for (const providerId of chunk) {
      const books = await providerBooks(db, providerId);
      requests.push({
        kind: 'posted' as const,
        idempotencyKey: `bench-accrual:${providerId}`,
        reference: `bench:${providerId}`,
        legs: settlementPostings.lineAccrual(books, perProvider * line.amountFen),
      });
    }
    transferOf.push(...(await postTransfers(db, requests)).map((t) => t.id));
  }
  const explanation = JSON.stringify({ components: line.components, rounding: line.rounding, notes: line.notes });
  await sql`
    insert into settlement_lines (claim_id, provider_id, business_date, service_type, rate_card_version_id, operation_code, category, grade, region,
      one_way_meters, parts_cost_fen, standard_minutes, travel_band_from_km, amount_fen, explanation, transfer_id)
    select 'BENCH-' || g, p.provider_id, date '2026-11-01' + (g % 28), 'C', ${version.id}, ${tvRepair.operationCode}, ${tvRepair.category}, ${tvRepair.grade}, ${tvRepair.region},
      ${tvRepair.oneWayMeters}, ${tvRepair.partsCostFen}, ${line.standardMinutes}, ${line.travelBandFromKm}, ${line.amountFen}, ${explanation}::jsonb, p.transfer_id
    from generate_series(0, ${lines - 1}) g
    join unnest(${ids}::text[], ${transferOf}::bigint[]) with ordinality as p(provider_id, transfer_id, k) on p.k - 1 = g % ${providers}`.execute(
    db,
  );
  await sql`analyze`.execute(db);
  return line.amountFen;
}

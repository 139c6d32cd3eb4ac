import { formatBusinessNumber } from '@sanbao/calendar';
import { sql, type Kysely } from '@sanbao/db';
import type { PartsDatabase } from '../schema.ts';

/** Readable numbers beside ids: parts requests, return tags, return shipments. */
export type BusinessNumberKind = 'PR' | 'RT' | 'RS';

const sequenceOf: Record<BusinessNumberKind, string> = {
  PR: 'parts_request_number_seq',
  RT: 'return_tag_number_seq',
  RS: 'return_shipment_number_seq',
};

export async function nextBusinessNumbers(
  db: Kysely<PartsDatabase>,
  kind: BusinessNumberKind,
  count: number,
  businessDate: string,
): Promise<string[]> {
  if (count === 0) return [];
  const { rows } = await sql<{
    n: number;
  }>`select nextval(${sequenceOf[kind]}::regclass) as n from generate_series(1, ${count}::int)`.execute(db);
  return rows.map((r) => formatBusinessNumber(kind, businessDate, Number(r.n)));
}

import { createAuditTrail, dropAppendOnlyGuard, dropAuditTrail, sql, type Kysely } from '@sanbao/db';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Readable numbers (PR-202611-000123) come from sequences: gaps are fine, duplicates impossible.
  await sql`create sequence parts_request_number_seq`.execute(db);
  await sql`create sequence return_tag_number_seq`.execute(db);
  await sql`create sequence return_shipment_number_seq`.execute(db);

  await createAuditTrail(db, ['parts_request', 'return_tag', 'return_shipment']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropAuditTrail(db);
  await sql`drop sequence return_shipment_number_seq`.execute(db);
  await sql`drop sequence return_tag_number_seq`.execute(db);
  await sql`drop sequence parts_request_number_seq`.execute(db);
  await dropAppendOnlyGuard(db);
}

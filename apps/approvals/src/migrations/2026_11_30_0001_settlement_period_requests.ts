import type { Kysely } from '@sanbao/db';
import { allowRequestKinds } from './allow-request-kinds.ts';

const before = ['parts_request', 'claim', 'old_part_return', 'exception'];

/** Finance's approval of a month's settlement statements is an inbox task with a policy of its own. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await allowRequestKinds(db, [...before, 'settlement_period']);
}

/** Refused while a settlement_period row exists (policies are append-only): nothing is thrown away. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await allowRequestKinds(db, before);
}

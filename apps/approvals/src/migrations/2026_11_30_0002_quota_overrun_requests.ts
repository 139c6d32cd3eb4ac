import type { Kysely } from '@sanbao/db';
import { allowRequestKinds } from './allow-request-kinds.ts';

// Settlement lines held beyond a provider's monthly budget (额度管控) wait in the inbox too: a request
// type and a policy kind of their own.
const before = ['parts_request', 'claim', 'old_part_return', 'exception', 'settlement_period'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await allowRequestKinds(db, [...before, 'quota_overrun']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await allowRequestKinds(db, before);
}

import { inTransaction, type Kysely } from '@sanbao/db';
import { actorOf, notFound } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import { requestTypes, type PolicyKind } from '@sanbao/workflows/contracts';
import type { z } from 'zod';
import { recordStateChange } from '../inbox/inbox.repository.ts';
import type { ApprovalsDatabase } from '../schema.ts';
import { demoPolicies } from './demo-policies.ts';
import { currentPolicyRow, insertNextVersion, policyRows } from './policies.repository.ts';
import type { publishPolicyInput } from './policies.schemas.ts';
import { policyView } from './policies.view.ts';

/** The version in force for `kind`: the latest published. Workflows load it when they start. */
export async function currentPolicy(db: Kysely<ApprovalsDatabase>, kind: PolicyKind) {
  const row = await currentPolicyRow(db, kind);
  if (!row) throw notFound(`a published ${kind} policy`);
  return policyView(row);
}

export async function listPolicies(db: Kysely<ApprovalsDatabase>, kind: PolicyKind | undefined) {
  return (await policyRows(db, kind)).map(policyView);
}

export async function publishPolicy(
  db: Kysely<ApprovalsDatabase>,
  user: AuthUser,
  input: z.infer<typeof publishPolicyInput>,
) {
  return inTransaction(db, async (trx) => {
    const row = await insertNextVersion(trx, input.kind, input.document, input.note ?? null, user.sub);
    await recordStateChange(trx, {
      entity: 'approval_policy',
      entityId: row.id,
      fromState: null,
      toState: `${row.kind} v${row.version}`,
      ...actorOf(user),
      reason: input.note ?? null,
    });
    return policyView(row);
  });
}

/** Seeds version 1 of every kind that has none yet (the dev stack and the test harness). */
export async function seedDemoPolicies(db: Kysely<ApprovalsDatabase>) {
  const seeder: AuthUser = { sub: 'seed', role: 'system' };
  for (const kind of requestTypes) {
    if (await currentPolicyRow(db, kind)) continue;
    await publishPolicy(db, seeder, {
      idempotencyKey: `seed-${kind}`,
      kind,
      document: demoPolicies[kind],
      note: 'demo policy',
    } as z.infer<typeof publishPolicyInput>);
  }
}

import { createTemporalClient } from '@sanbao/temporal';
import { idempotencyKey, openTestService, serveUnderTest, testTokens } from '@sanbao/testing';
export type { TrpcBody } from '@sanbao/testing';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { createServiceClient } from '@sanbao/trpc/client';
import type { Client } from '@temporalio/client';
import { createApprovalsApp } from '../src/app.ts';
import { temporalWorkflowDesk, type WorkflowDesk } from '../src/inbox/workflow-desk.ts';
import { approvalsMigrations } from '../src/migrations/index.ts';
import { seedDemoPolicies } from '../src/policies/policies.service.ts';
import type { ApprovalsRouter } from '../src/router.ts';
import { approvalsSchemaName, type ApprovalsDatabase } from '../src/schema.ts';

export type ApprovalsClient = ReturnType<typeof createServiceClient<ApprovalsRouter>>;

/** A manager token at an approval level (1 service manager, 2 senior manager, 3 head of service). */
export const managerToken = (sub: string, approvalLevel?: number) =>
  testTokens.sign({ sub, role: 'manager', ...(approvalLevel ? { approvalLevel } : {}) } satisfies AuthUser);

/**
 * The approvals service on a fresh, migrated database with the demo policies, over real HTTP, talking to
 * the Temporal server at `temporalAddress` (or to the `workflows` desk a test passes).
 */
export async function startApprovals(
  adminUrl: string,
  options: { temporalAddress?: string; workflows?: WorkflowDesk } = {},
) {
  const base = await openTestService<ApprovalsDatabase>(adminUrl, {
    name: 'approvals',
    schema: approvalsSchemaName,
    migrations: approvalsMigrations,
  });
  await seedDemoPolicies(base.db);
  const temporal = options.temporalAddress
    ? await createTemporalClient({ address: options.temporalAddress, namespace: 'default' })
    : null;
  const workflows = options.workflows ?? (temporal ? temporalWorkflowDesk(temporal.client) : unreachableDesk);
  const service = await serveUnderTest<ApprovalsRouter>(createApprovalsApp({ ...base.deps, workflows }), base);
  return {
    url: service.url,
    db: base.db,
    temporal: temporal?.client as Client | undefined,
    client: service.client,
    admin: service.admin,
    system: service.system,
    manager: async (sub: string, level?: number) => service.client(await managerToken(sub, level)),
    /** A raw tRPC call, for status codes and error shapes. */
    call: service.call,
    /** Every table's rows, fingerprinted: equal snapshots mean nothing was written. */
    snapshot: base.snapshot,
    async stop() {
      await service.close();
      await temporal?.connection.close();
    },
  };
}

export type ApprovalsHarness = Awaited<ReturnType<typeof startApprovals>>;

const unreachableDesk: WorkflowDesk = {
  decide: () => Promise.reject(new Error('this harness has no Temporal server')),
  status: async () => null,
};

export const key = idempotencyKey;

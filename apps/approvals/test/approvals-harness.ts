import { randomUUID } from 'node:crypto';
import type { Kysely } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { serveService, type RunningService } from '@sanbao/service-kit';
import { createTemporalClient } from '@sanbao/temporal';
import { createTestDatabase, rawTrpcCall, testTokens, type TestDatabase } from '@sanbao/testing';
export type { TrpcBody } from '@sanbao/testing';
import { createTokenVerifier, type AuthUser } from '@sanbao/trpc/auth';
import { createServiceClient } from '@sanbao/trpc/client';
import type { Client } from '@temporalio/client';
import { createApprovalsApp } from '../src/app.ts';
import { temporalWorkflowDesk, type WorkflowDesk } from '../src/inbox/workflow-desk.ts';
import { approvalsMigrations } from '../src/migrations/index.ts';
import { seedDemoPolicies } from '../src/policies/policies.service.ts';
import type { ApprovalsDeps } from '../src/approvals-deps.ts';
import { createApprovalsRouter, type ApprovalsRouter } from '../src/router.ts';
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
  const testDb: TestDatabase = await createTestDatabase(adminUrl, { [approvalsSchemaName]: approvalsMigrations });
  const database = testDb.open<ApprovalsDatabase>(approvalsSchemaName);
  await seedDemoPolicies(database.db);
  const temporal = options.temporalAddress
    ? await createTemporalClient({ address: options.temporalAddress, namespace: 'default' })
    : null;
  const workflows = options.workflows ?? (temporal ? temporalWorkflowDesk(temporal.client) : unreachableDesk);
  const log = createLogger({ name: 'approvals-test', level: 'warn' });
  const app = createApprovalsApp({ database, log, verifyToken: createTokenVerifier(testTokens.settings), workflows });
  const running: RunningService = await serveService(app, { host: '127.0.0.1', port: 0, log, shutdownTimeoutMs: 5000 });
  const client = (token: string) => createServiceClient<ApprovalsRouter>({ url: running.url, token });
  return {
    url: running.url,
    db: database.db as Kysely<ApprovalsDatabase>,
    temporal: temporal?.client as Client | undefined,
    client,
    admin: client(await testTokens.role('admin')),
    system: client(await testTokens.role('system')),
    manager: async (sub: string, level?: number) => client(await managerToken(sub, level)),
    /** A raw tRPC call, for status codes and error shapes. */
    call: (path: string, input: unknown, token: string, method: 'GET' | 'POST' = 'POST') =>
      rawTrpcCall(running.url, path, input, token, method),
    async stop() {
      await running.shutdown('test finished');
      await temporal?.connection.close();
      await testDb.drop();
    },
  };
}

export type ApprovalsHarness = Awaited<ReturnType<typeof startApprovals>>;

const unreachableDesk: WorkflowDesk = {
  decide: () => Promise.reject(new Error('this harness has no Temporal server')),
  status: async () => null,
};

export const key = (label = 'k') => `${label}-${randomUUID()}`;

/** Every procedure of the router with its kind, read from the router itself. */
export function approvalsProcedures(): { path: string; type: 'query' | 'mutation' | 'subscription' }[] {
  // Building the router only captures its dependencies; nothing here is called.
  const router = createApprovalsRouter({} as ApprovalsDeps);
  const procedures = router._def.procedures as unknown as Record<
    string,
    { _def: { type: 'query' | 'mutation' | 'subscription' } }
  >;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({ path, type: procedure._def.type }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@sanbao/logger';
import { testTokens } from '@sanbao/testing';
import { systemTokenSource } from '@sanbao/trpc/auth';
import { createServiceClient } from '@sanbao/trpc/client';
import { createInboxActivities } from '@sanbao/workflows/activities';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import type { ApprovalsRouter } from '../src/router.ts';

const workflowsPath = fileURLToPath(import.meta.resolve('@sanbao/workflows/workflows'));
let runtimeInstalled = false;

/**
 * A worker in this process on its own task queue: today's workflows, the real inbox activities calling
 * the approvals service at `approvalsUrl` over HTTP with a system token, and the other activities given.
 */
export async function startApprovalsWorker(address: string, approvalsUrl: string, otherActivities: object) {
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const taskQueue = `approvals-test-${randomUUID()}`;
  const token = systemTokenSource({ ...testTokens.settings, ttlSeconds: 600 }, 'approvals-test-worker');
  const approvals = createServiceClient<ApprovalsRouter>({ url: approvalsUrl, token });
  const log = createLogger({ name: 'approvals-test-worker', level: 'warn' });
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    taskQueue,
    workflowsPath,
    activities: { ...createInboxActivities({ log, approvals }), ...otherActivities },
  });
  const running = worker.run();
  return {
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}

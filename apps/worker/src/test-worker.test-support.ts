import { createLogger } from '@sanbao/logger';
import { testTokens } from '@sanbao/testing';
import { systemTokenSource } from '@sanbao/trpc/auth';
import { createWorkerApp } from './app.ts';
import { createServiceClients } from './service-clients.ts';

export interface TestWorkerSettings {
  /** Names the worker's logger and its system token's subject. */
  name: string;
  address: string;
  taskQueue: string;
  approvalsUrl: string;
  settlementUrl: string;
}

/**
 * The worker wired as `main.ts` wires it (every workflow, the real activities over HTTP), running on a
 * test's own task queue against the approvals and settlement services the test started. Warranty and
 * parts are not called by the settlement work and point nowhere.
 */
export async function startTestWorker({ name, address, taskQueue, approvalsUrl, settlementUrl }: TestWorkerSettings) {
  const app = await createWorkerApp({
    log: createLogger({ name, level: 'warn' }),
    address,
    namespace: 'default',
    taskQueue,
    clients: createServiceClients({
      warrantyUrl: 'http://127.0.0.1:1',
      partsUrl: 'http://127.0.0.1:1',
      approvalsUrl,
      settlementUrl,
      token: systemTokenSource({ ...testTokens.settings, ttlSeconds: 600 }, name),
    }),
  });
  const running = app.worker.run();
  return {
    ...app,
    async stop() {
      if (app.worker.getState() === 'RUNNING') app.worker.shutdown();
      await running;
      await app.connection.close();
    },
  };
}

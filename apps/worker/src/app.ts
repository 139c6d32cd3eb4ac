import { fileURLToPath } from 'node:url';
import type { Logger } from '@sanbao/logger';
import { createService } from '@sanbao/service-kit';
import { createSanbaoWorker } from '@sanbao/temporal/worker';
import { createActivities, createClaimSettlementHook } from '@sanbao/workflows/activities';
import type { ServiceClients } from './service-clients.ts';

export interface WorkerAppDeps {
  log: Logger;
  address: string;
  namespace: string;
  taskQueue: string;
  clients: ServiceClients;
  /** The claim settlement hook (`SETTLEMENT_HOOK`); without it the claim's settlement step is a no-op. */
  postSettlement?: ClaimSettlementHook | undefined;
}

type ClaimSettlementHook = NonNullable<
  NonNullable<Parameters<typeof createActivities>[0]['approvals']>['postSettlement']
>;

/** The claim settlement hook over the worker's clients. */
export const claimSettlementHookOf = ({ warranty, parts, settlement }: ServiceClients) =>
  createClaimSettlementHook({ warranty, parts, settlement });

export const workflowsPath = fileURLToPath(import.meta.resolve('@sanbao/workflows/workflows'));

/** The Temporal worker with every workflow and activity, plus a small health endpoint. */
export async function createWorkerApp({ log, address, namespace, taskQueue, clients, postSettlement }: WorkerAppDeps) {
  const activities = createActivities({
    log: log.child({ component: 'activities' }),
    pingWarranty: () => clients.warranty.system.ping.query(),
    approvals: { parts: clients.parts, warranty: clients.warranty, inbox: clients.approvals, postSettlement },
    settlement: clients.settlement,
  });
  const { worker, connection } = await createSanbaoWorker({
    address,
    namespace,
    taskQueue,
    log,
    workflows: { workflowsPath },
    activities,
  });
  const health = createService({
    name: 'worker',
    log,
    readiness: {
      worker: async () => {
        if (worker.getState() !== 'RUNNING') throw new Error(`worker is ${worker.getState()}`);
      },
    },
  });
  return { worker, connection, health };
}

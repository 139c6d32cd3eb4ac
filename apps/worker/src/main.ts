import { createLogger } from '@sanbao/logger';
import { serveService } from '@sanbao/service-kit';
import { createTemporalClient } from '@sanbao/temporal';
import { systemTokenSource } from '@sanbao/trpc/auth';
import { claimSettlementHookOf, createWorkerApp } from './app.ts';
import { readWorkerConfig } from './config.ts';
import { ensureExceptionsSchedule } from './exceptions-schedule.ts';
import { createServiceClients } from './service-clients.ts';
import { ensureSettlementSchedule } from './settlement-schedule.ts';

const config = readWorkerConfig();
const log = createLogger({
  name: 'worker',
  level: config.LOG_LEVEL,
  pretty: config.LOG_PRETTY ?? config.NODE_ENV === 'development',
});
const token = systemTokenSource(
  {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    secret: config.JWT_SECRET,
    ttlSeconds: config.SYSTEM_TOKEN_TTL_SECONDS,
  },
  'worker',
);

const clients = createServiceClients({
  warrantyUrl: config.WARRANTY_URL,
  partsUrl: config.PARTS_URL,
  approvalsUrl: config.APPROVALS_URL,
  settlementUrl: config.SETTLEMENT_URL,
  token,
});
const { worker, connection, health } = await createWorkerApp({
  log,
  address: config.TEMPORAL_ADDRESS,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  clients,
  postSettlement: config.SETTLEMENT_HOOK ? claimSettlementHookOf(clients) : undefined,
});
log.info({ settlementHook: config.SETTLEMENT_HOOK }, 'claim settlement hook');

const temporal = await createTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE });
const schedule = await ensureExceptionsSchedule(temporal.client, {
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  everySeconds: config.EXCEPTIONS_SCAN_SECONDS,
});
const settlementSchedule = await ensureSettlementSchedule(temporal.client, {
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  cron: config.SETTLEMENT_CYCLE_CRON,
});
await temporal.connection.close();
log.info({ schedule, everySeconds: config.EXCEPTIONS_SCAN_SECONDS }, 'exceptions supervision scheduled');
log.info({ schedule: settlementSchedule, cron: config.SETTLEMENT_CYCLE_CRON }, 'monthly settlement scheduled (CST)');

const running = await serveService(health, {
  host: config.HOST,
  port: config.PORT,
  log,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
// The SDK's Runtime already shuts the worker down on SIGINT/SIGTERM; this only says so (and covers a
// Runtime installed without shutdown signals).
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'stopping worker: finishing in-flight activities');
    if (worker.getState() === 'RUNNING') worker.shutdown();
  });
}
log.info({ taskQueue: config.TEMPORAL_TASK_QUEUE, address: config.TEMPORAL_ADDRESS }, 'worker running');
try {
  await worker.run();
} finally {
  await running.shutdown('worker stopped');
  await connection.close();
}
log.info('worker stopped');

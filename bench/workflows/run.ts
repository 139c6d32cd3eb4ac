// bench/workflows: auto-approved parts requests completed per second — the partsRequestApproval workflow
// on the real worker process, loading its policy from the approvals service and checking, approving and
// reserving each request in the real parts service (each in its own process, as production runs them) —
// against empty workflows per second on the same Temporal server and worker in the same run. The ratio
// says how much of the engine's own rate survives the approval's activities and service calls.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { approvalsEntries } from '@sanbao/approvals/testing';
import { partsEntries } from '@sanbao/parts/testing';
import type { PartsRouter } from '@sanbao/parts/router';
import { createLogger } from '@sanbao/logger';
import { createTemporalClient } from '@sanbao/temporal';
import { createTestDatabase, runToEnd, startServiceProcess, testTokens, type ServiceProcess } from '@sanbao/testing';
import { startTestPostgres } from '@sanbao/testing/postgres';
import { startTestTemporal } from '@sanbao/testing/temporal';
import { createServiceClient } from '@sanbao/trpc/client';
import { startOnce, workflowIds } from '@sanbao/workflows/contracts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '50' },
  },
});
const [count, concurrency] = [values.requests, values.concurrency].map(Number) as [number, number];
const log = createLogger({ name: 'bench', level: 'info' });

const workerMain = fileURLToPath(new URL('../../apps/worker/src/main.ts', import.meta.url));

/** Runs `task(i)` for i in [0, n) with at most `limit` at once; returns the elapsed seconds. */
async function timed(n: number, limit: number, task: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(limit, n) }, async () => {
      while (next < n) await task(next++);
    }),
  );
  return (performance.now() - started) / 1000;
}

const scratch = await mkdtemp(join(tmpdir(), 'sanbao-bench-'));
const [server, temporal] = await Promise.all([
  startTestPostgres(process.env, () => {}),
  startTestTemporal(process.env, join(scratch, 'temporal.sqlite')),
]);
const testDb = await createTestDatabase(server.adminUrl, {});
const auth = {
  JWT_SECRET: testTokens.settings.secret,
  JWT_ISSUER: testTokens.settings.issuer,
  JWT_AUDIENCE: testTokens.settings.audience,
};
const services: ServiceProcess[] = [];
try {
  await runToEnd(partsEntries.migrate, ['up'], { DATABASE_URL: testDb.url });
  await runToEnd(approvalsEntries.migrate, ['up'], { DATABASE_URL: testDb.url });
  await runToEnd(approvalsEntries.seedDemoPolicies, [], { DATABASE_URL: testDb.url });
  const parts = await startServiceProcess(partsEntries.main, {
    DATABASE_URL: testDb.url,
    WARRANTY_URL: 'http://127.0.0.1:9',
    // The bench starts each request's workflow itself (below); the service's own relay is held back.
    TEMPORAL_ADDRESS: temporal.address,
    OUTBOX_RELAY_DELAY_MS: '3600000',
    ...auth,
  });
  services.push(parts);
  const approvals = await startServiceProcess(approvalsEntries.main, {
    DATABASE_URL: testDb.url,
    TEMPORAL_ADDRESS: temporal.address,
    ...auth,
  });
  services.push(approvals);
  const taskQueue = 'bench';
  const worker = await startServiceProcess(workerMain, {
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_TASK_QUEUE: taskQueue,
    PARTS_URL: parts.url,
    APPROVALS_URL: approvals.url,
    WARRANTY_URL: 'http://127.0.0.1:9',
    EXCEPTIONS_SCAN_SECONDS: '86400',
    ...auth,
  });
  services.push(worker);

  // The world: one warehouse, one part in stock, one provider; `count` stock requests of one part each,
  // submitted, worth 45.00 yuan — below the demo policy's auto-approval limit.
  const client = async (token: Promise<string>) =>
    createServiceClient<PartsRouter>({ url: parts.url, token: await token });
  const admin = await client(testTokens.role('admin'));
  const provider = await client(testTokens.provider('SP-001'));
  const k = (label: string) => `${label}-${crypto.randomUUID()}`;
  await admin.warehouses.upsert.mutate({
    idempotencyKey: k('wh'),
    id: 'WH-EAST',
    name: '华东仓',
    kind: 'regional',
    region: '华东',
  });
  await admin.catalog.upsertPart.mutate({
    idempotencyKey: k('part'),
    code: 'FAN-300',
    nameZh: '风扇电机',
    nameEn: 'Fan motor',
    unitCostFen: 4_500,
    partClass: 'motor',
    returnable: false,
    supersededBy: null,
  });
  await admin.providers.upsert.mutate({
    idempotencyKey: k('sp'),
    id: 'SP-001',
    name: '服务商',
    region: '华东',
    grade: 'A',
    defaultWarehouseId: 'WH-EAST',
    creditLimitFen: 1_000_000_000,
  });
  await admin.stock.recordMovement.mutate({
    idempotencyKey: k('stock'),
    warehouseId: 'WH-EAST',
    partCode: 'FAN-300',
    kind: 'receipt',
    quantity: count + 10,
  });
  log.info({ count }, 'submitting parts requests');
  const requestIds: number[] = [];
  await timed(count, 10, async () => {
    const request = await provider.requests.create.mutate({
      idempotencyKey: k('req'),
      purpose: 'stock',
      lines: [{ partCode: 'FAN-300', quantity: 1 }],
    });
    await provider.requests.submit.mutate({ idempotencyKey: k('submit'), requestId: request.id });
    requestIds.push(request.id);
  });

  const { client: temporalClient, connection } = await createTemporalClient({
    address: temporal.address,
    namespace: 'default',
  });
  try {
    // Warm-up: the worker bundles its workflows on its first task.
    await temporalClient.workflow.execute('empty', { taskQueue, workflowId: 'bench-warmup', args: [] });

    const emptySeconds = await timed(count, concurrency, (i) =>
      temporalClient.workflow.execute('empty', { taskQueue, workflowId: `bench-empty-${i}`, args: [] }),
    );

    // Each request is started with its receipt already signalled (in production the parts service sends
    // `shipped` and `received`), so it runs check → auto-approve → reserve → done without waiting.
    const outcomes: string[] = [];
    const approvalSeconds = await timed(count, concurrency, async (i) => {
      const requestId = requestIds[i]!;
      const handle = await temporalClient.workflow.signalWithStart('partsRequestApproval', {
        taskQueue,
        workflowId: workflowIds.partsRequest(requestId),
        args: [{ requestId, requestedBy: 'user-SP-001' }],
        signal: 'received',
        signalArgs: [{ fullyReceived: true }],
        ...startOnce,
      });
      const result = (await handle.result()) as { outcome: string; approvedBy: string | null };
      outcomes.push(`${result.outcome}:${result.approvedBy}`);
    });
    const auto = outcomes.filter((o) => o === 'received:auto').length;
    if (auto !== count)
      throw new Error(
        `only ${auto} of ${count} requests were auto-approved and completed: ${[...new Set(outcomes)].join(', ')}`,
      );

    const emptyRate = count / emptySeconds;
    const approvalRate = count / approvalSeconds;
    const lines = [
      `bench/workflows  requests=${count} concurrency=${concurrency} postgres=${server.source} temporal=${process.env.TEMPORAL_ADDRESS ? 'TEMPORAL_ADDRESS' : 'dev server'}`,
      `  baseline  empty workflows                           ${emptyRate.toFixed(1).padStart(8)} /s  (${count} in ${emptySeconds.toFixed(2)} s)`,
      `  measured  auto-approved parts requests completed    ${approvalRate.toFixed(1).padStart(8)} /s  (${count} in ${approvalSeconds.toFixed(2)} s)`,
      `  ratio     approvals / empty workflows               ${(approvalRate / emptyRate).toFixed(3)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await connection.close();
  }
} finally {
  for (const service of services.reverse()) await service.kill('SIGTERM').catch(() => null);
  await testDb.drop();
  await Promise.allSettled([server.stop(), temporal.stop()]);
  await rm(scratch, { recursive: true, force: true });
}

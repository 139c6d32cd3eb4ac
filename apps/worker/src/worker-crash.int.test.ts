import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startApprovals, type ApprovalsHarness } from '@sanbao/approvals/testing';
import { createTemporalClient } from '@sanbao/temporal';
import { freePort, testTokens } from '@sanbao/testing';
import { startOnce, statusQuery, workflowIds } from '@sanbao/workflows/contracts';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';

// 50 parts requests in flight (half auto-approved, half waiting in the inbox), the worker — the real
// worker process, `main.ts` — killed with SIGKILL while decisions and activities are in flight, then
// restarted: all 50 complete, once each. The approvals service is real; the parts service is a small
// HTTP stand-in that records every call and counts an effect once per idempotency key, as the real one
// stores its keys — so a second effect for one request would show as a second key.

const requests = 50;
const mainTs = fileURLToPath(new URL('./main.ts', import.meta.url));

interface PartsEffect {
  procedure: string;
  requestId: number;
  idempotencyKey: string;
}
const calls: PartsEffect[] = [];
const effects = new Map<string, PartsEffect>();
const valueOf = new Map<number, number>();

/** The parts procedures the parts request activities call, over tRPC's HTTP wire (no batching). */
function startFakeParts(): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const procedure = url.pathname.replace(/^\/trpc\//, '');
    let input: Record<string, unknown>;
    if (req.method === 'GET') input = JSON.parse(url.searchParams.get('input') ?? '{}');
    else {
      let body = '';
      for await (const chunk of req) body += chunk;
      input = JSON.parse(body || '{}');
    }
    const requestId = Number(input.requestId);
    const answer = (data: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ result: { data } }));
    };
    if (procedure === 'requests.get') {
      return answer({
        id: requestId,
        requestNumber: `PR-202611-${String(requestId).padStart(6, '0')}`,
        providerId: 'SP-001',
        purpose: 'stock',
        claimId: null,
        modelCode: null,
        status: 'submitted',
        totalValueFen: valueOf.get(requestId) ?? 5_000,
        overCreditLimit: false,
        createdBy: 'user-SP-001',
        lines: [],
      });
    }
    const effect = { procedure, requestId, idempotencyKey: String(input.idempotencyKey) };
    calls.push(effect);
    if (!effects.has(effect.idempotencyKey)) effects.set(effect.idempotencyKey, effect);
    return answer({ id: requestId });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` }),
    ),
  );
}

let approvals: ApprovalsHarness;
let parts: Awaited<ReturnType<typeof startFakeParts>>;
let temporal: Awaited<ReturnType<typeof createTemporalClient>>;
const taskQueue = `crash-${randomUUID()}`;
let worker: ChildProcess | null = null;

async function startWorkerProcess(): Promise<ChildProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [mainTs], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_TASK_QUEUE: taskQueue,
      JWT_SECRET: testTokens.settings.secret,
      WARRANTY_URL: 'http://127.0.0.1:9', // unused by stock requests
      PARTS_URL: parts.url,
      APPROVALS_URL: approvals.url,
      EXCEPTIONS_SCAN_SECONDS: '86400',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 300; i++) {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the worker did not become ready');
}

beforeAll(async () => {
  approvals = await startApprovals(inject('postgresAdminUrl'), { temporalAddress: inject('temporalAddress') });
  parts = await startFakeParts();
  temporal = await createTemporalClient({ address: inject('temporalAddress'), namespace: 'default' });
  await approvals.admin.policies.publish.mutate({
    idempotencyKey: randomUUID(),
    kind: 'parts_request',
    document: {
      autoApprovalLimitFen: 10_000,
      chain: [
        { level: 1, slaSeconds: 600 },
        { level: 2, slaSeconds: 600 },
      ],
      reminderLeadSeconds: 0,
    },
  });
});
afterAll(async () => {
  worker?.kill('SIGKILL');
  await temporal?.connection.close();
  await new Promise((resolve) => parts?.server.close(resolve));
  await approvals?.stop();
});

it('50 approvals survive a SIGKILL of the worker: every one completes, with one effect each', async () => {
  const base = Math.floor(Math.random() * 1_000_000) * 1000;
  const ids = Array.from({ length: requests }, (_, i) => base + i + 1);
  const manual = new Set(ids.filter((_, i) => i % 2 === 1));
  for (const id of ids) valueOf.set(id, manual.has(id) ? 250_000 : 5_000);
  const handles = await Promise.all(
    ids.map((requestId) =>
      temporal.client.workflow.start('partsRequestApproval', {
        taskQueue,
        workflowId: workflowIds.partsRequest(requestId),
        args: [{ requestId, requestedBy: 'user-SP-001' }],
        ...startOnce,
      }),
    ),
  );

  worker = await startWorkerProcess();
  const manager = await approvals.manager('manager-1', 1);
  const pending = async () =>
    (await manager.inbox.list.query({ type: 'parts_request', pageSize: 200 })).items.filter((t) =>
      handles.some((h) => h.workflowId === t.workflowId),
    );
  for (let i = 0; i < 900 && (await pending()).length < manual.size; i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const tasks = await pending();
  if (tasks.length < manual.size) {
    const missing = handles.filter(
      (h) => manual.has(Number(h.workflowId.split(':')[1])) && !tasks.some((t) => t.workflowId === h.workflowId),
    );
    const described = await Promise.all(
      missing.map(async (h) => ({
        id: h.workflowId,
        status: (await h.describe()).status.name,
        query: await h.query(statusQuery).catch((e: unknown) => String(e)),
      })),
    );
    expect.fail(`no inbox row for ${JSON.stringify(described)}`);
  }

  // Decisions go out; the worker dies while they and the activities after them are in flight.
  const decisions = tasks.map((task) =>
    manager.inbox.decide.mutate({
      idempotencyKey: `crash-${task.taskId}`,
      taskId: task.taskId,
      decision: 'approve',
      comment: '',
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 150));
  worker.kill('SIGKILL');
  const effectsAtKill = effects.size;
  await new Promise((resolve) => worker!.once('exit', resolve));
  // Killed mid-way: approvals and reservations were still to come.
  expect(effectsAtKill).toBeLessThan(2 * requests);
  worker = await startWorkerProcess();
  const answers = await Promise.allSettled(decisions);
  console.info(
    `worker killed after ${effectsAtKill} of ${2 * requests} parts effects; ${answers.filter((a) => a.status === 'rejected').length} of ${tasks.length} decisions lost their answer`,
  );
  // A decision whose answer was lost with the worker is retried under its key: it gets the first answer.
  for (const [i, answer] of answers.entries()) {
    if (answer.status === 'rejected')
      await manager.inbox.decide.mutate({
        idempotencyKey: `crash-${tasks[i]!.taskId}`,
        taskId: tasks[i]!.taskId,
        decision: 'approve',
        comment: '',
      });
  }

  for (const handle of handles) {
    for (let i = 0; i < 600; i++) {
      const { stage } = await handle.query(statusQuery);
      if (stage === 'awaiting_shipment') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await handle.signal('shipped', {});
    await handle.signal('received', { fullyReceived: true });
  }
  const results = await Promise.all(handles.map((h) => h.result()));
  expect(results.filter((r) => r.outcome === 'received')).toHaveLength(requests);

  // One approval and one reservation per request, whatever was retried after the kill.
  for (const id of ids) {
    const mine = [...effects.values()]
      .filter((e) => e.requestId === id)
      .map((e) => e.procedure)
      .sort();
    expect(mine, `request ${id}`).toEqual(['requests.approve', 'requests.reserve']);
  }
  // One inbox row per manual request, each decided once: one 'pending' and one 'decided' in its audit trail.
  const head = await approvals.manager('head-1', 3);
  const decided = (await head.inbox.list.query({ state: 'decided', pageSize: 200 })).items.filter((t) =>
    handles.some((h) => h.workflowId === t.workflowId),
  );
  expect(decided).toHaveLength(manual.size);
  const changes = await approvals.db
    .selectFrom('auditTrail')
    .select(['entityId', 'toState'])
    .where('entity', '=', 'inbox_task')
    .execute();
  const perTask = new Map<number, string[]>();
  for (const c of changes) perTask.set(c.entityId, [...(perTask.get(c.entityId) ?? []), c.toState]);
  expect(
    [...perTask.values()].filter(
      (states) => states.length === 2 && states.includes('pending') && states.includes('decided'),
    ),
  ).toHaveLength(manual.size);
  expect([...perTask.values()].every((states) => states.length <= 2)).toBe(true);
  // Retries happened (the kill interrupted something) or not; either way no second effect was made.
  expect(calls.length).toBeGreaterThanOrEqual(effects.size);
  console.info(`${calls.length} parts calls made ${effects.size} effects`);
}, 180_000);

import { findTemporalCli, temporalInstallHint } from '@sanbao/testing';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  Client,
  Connection,
  type WorkflowHandle,
  type WorkflowHandleWithFirstExecutionRunId,
} from '@temporalio/client';
import type { Workflow } from '@temporalio/common';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { startOnce } from '../contracts.ts';

export const workflowsPath = fileURLToPath(new URL('../workflows.ts', import.meta.url));

let runtimeInstalled = false;

/**
 * A worker on the real Temporal dev server (the integration setup's address) running today's workflow
 * code with the given activities — fakes — on a task queue of its own, plus a client to drive it.
 */
export async function startTestWorker(activities: object, options: { taskQueue?: string } = {}) {
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const address = inject('temporalAddress');
  const taskQueue = options.taskQueue ?? `test-${randomUUID()}`;
  const nativeConnection = await NativeConnection.connect({ address });
  const worker = await Worker.create({ connection: nativeConnection, taskQueue, workflowsPath, activities });
  const running = worker.run();
  const connection = await Connection.connect({ address });
  const client = new Client({ connection });
  return {
    client,
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
      await nativeConnection.close();
    },
  };
}

type TestWorker = Awaited<ReturnType<typeof startTestWorker>>;

/**
 * The test worker of one test file: started with `activities` before its tests, stopped after them.
 * Tests start workflows on it once per workflow id, as production does (`startOnce`).
 */
export function testWorkerFor(activities: object) {
  let worker: TestWorker | undefined;
  const running = () => worker ?? expect.fail('the test worker is not running');
  beforeAll(async () => {
    worker = await startTestWorker(activities);
  });
  afterAll(async () => {
    await worker?.stop();
  });
  return {
    /** Starts `workflowType` (a workflow of type W) with `args`; the handle is typed as W's. */
    start: async <W extends Workflow>(workflowType: string, workflowId: string, ...args: Parameters<W>) => {
      const { client, taskQueue } = running();
      const started = await client.workflow.start<Workflow>(workflowType, {
        taskQueue,
        workflowId,
        args,
        ...startOnce,
      });
      return started as WorkflowHandleWithFirstExecutionRunId<W>;
    },
    handle: <W extends Workflow>(workflowId: string) => running().client.workflow.getHandle<W>(workflowId),
    /** Stops the worker and starts a new one on its task queue with `next`: what a crashed worker's successor does. */
    async replace(next: object) {
      const { taskQueue } = running();
      await running().stop();
      worker = await startTestWorker(next, { taskQueue });
    },
  };
}

/**
 * The finished workflow's history replays deterministically against today's code; SAVE_HISTORIES=1
 * also writes it to workflows/histories/ for the unit replay test.
 */
export async function replaysDeterministically(handle: WorkflowHandle, name: string): Promise<void> {
  const history = await handle.fetchHistory();
  await Worker.runReplayHistory({ workflowsPath }, history, handle.workflowId);
  if (process.env.SAVE_HISTORIES === '1') {
    // The JSON form the Temporal CLI prints (the SDK's own converter is not part of its public API).
    const cli = findTemporalCli(process.env);
    if (!cli) throw new Error(`SAVE_HISTORIES needs the temporal CLI. ${temporalInstallHint}`);
    const json = execFileSync(
      cli,
      [
        'workflow',
        'show',
        '--workflow-id',
        handle.workflowId,
        '--address',
        inject('temporalAddress'),
        '--output',
        'json',
      ],
      { encoding: 'utf8' },
    );
    await writeFile(
      new URL(`../../histories/${name}.json`, import.meta.url),
      `${JSON.stringify(JSON.parse(json), null, 2)}\n`,
    );
  }
}

/** Business ids unlikely to meet ids of an earlier run on the same server. */
let lastId = Math.floor(Math.random() * 1_000_000) * 1000;
export const nextId = () => ++lastId;

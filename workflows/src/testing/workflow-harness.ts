import { findTemporalCli, temporalInstallHint } from '@sanbao/testing';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { expect, inject } from 'vitest';
import {
  decideUpdate,
  statusQuery,
  type DecideInput,
  type OpenTask,
  type WorkflowStatus,
} from '../approvals/approval.contracts.ts';

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

/** Polls `probe` until `accept` holds (workflows move on their own clock); fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) {
      expect.fail(`condition not reached within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const statusOf = (handle: WorkflowHandle) => handle.query(statusQuery);

/** Waits until the workflow has an inbox task open (at `level`, if given) and returns it. */
export async function openTaskOf(handle: WorkflowHandle, level?: number): Promise<OpenTask> {
  const status = await eventually(
    () => statusOf(handle),
    (s: WorkflowStatus) => s.openTask !== null && (level === undefined || s.openTask.level === level),
  );
  return status.openTask!;
}

export const decide = (handle: WorkflowHandle, input: DecideInput) =>
  handle.executeUpdate(decideUpdate, { args: [input] });

/** How many decisions the workflow's history shows accepted: refused ones leave no event. */
export async function acceptedUpdates(handle: WorkflowHandle): Promise<number> {
  const history = await handle.fetchHistory();
  return (history.events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length;
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

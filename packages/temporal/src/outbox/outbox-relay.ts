import { sql, type Kysely, type Selectable } from '@sanbao/db';
import type { Logger } from '@sanbao/logger';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  type Client,
  type WorkflowStartOptions,
} from '@temporalio/client';
import type pg from 'pg';
import { defaultRelayBackoff, retryDelayMs, type RelayBackoff } from './relay-backoff.ts';
import { outboxChannel, type WorkflowOutboxDatabase, type WorkflowOutboxTable } from './workflow-outbox.ts';

export interface OutboxRelayOptions<DB extends WorkflowOutboxDatabase> {
  /** The service's database: the pool `db`, the raw `pool` (one client of it LISTENs), and its schema. */
  database: { db: Kysely<DB>; pool: pg.Pool; schema: string };
  client: Client;
  taskQueue: string;
  /** How every start is made: the workflows' start-once options, so a second start finds the first. */
  startOptions: Pick<WorkflowStartOptions, 'workflowIdConflictPolicy' | 'workflowIdReusePolicy'>;
  log: Logger;
  /** How often pending rows are looked at without a notification (retries, a lost LISTEN connection). */
  pollMs?: number;
  /** A wait before the relay's first look (a test hook: a process killed before its relay delivers). */
  delayMs?: number;
  batchSize?: number;
  backoff?: RelayBackoff;
  /** The longest one Temporal call may take; the batch's rows stay locked meanwhile. */
  callTimeoutMs?: number;
}

export interface OutboxRelay {
  /** Finishes the batch in hand, stops listening, and resolves; call it before closing the database. */
  stop(): Promise<void>;
}

type OutboxRow = Selectable<WorkflowOutboxTable>;
type Delivery = { state: 'sent' | 'dropped' } | { state: 'retry'; error: string };

/**
 * Delivers the outbox of one service to Temporal: claims due rows with FOR UPDATE SKIP LOCKED (so
 * several processes of a service share the work), starts or signals, and marks each row in the same
 * transaction. A row waits while an earlier row for the same workflow is pending, so a signal never
 * overtakes the start it follows. Delivery is at least once: a crash after Temporal accepted a row and
 * before its mark committed repeats it (a start is harmless; a signal arrives twice).
 */
export function startOutboxRelay<DB extends WorkflowOutboxDatabase>(options: OutboxRelayOptions<DB>): OutboxRelay {
  const {
    client,
    taskQueue,
    startOptions,
    pollMs = 1000,
    delayMs = 0,
    batchSize = 20,
    backoff = defaultRelayBackoff,
    callTimeoutMs = 10_000,
  } = options;
  const db = options.database.db as unknown as Kysely<WorkflowOutboxDatabase>;
  const log = options.log.child({ component: 'workflow-outbox' });
  const channel = outboxChannel(options.database.schema);

  let stopped = false;
  let woken = false;
  let interrupt: (() => void) | null = null;
  const wake = () => {
    woken = true;
    interrupt?.();
  };
  /** Sleeps `ms`, or less when woken (a notification, or stop). */
  const pause = (ms: number, wakeable = true) =>
    new Promise<void>((resolve) => {
      if (stopped || (wakeable && woken)) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        interrupt = null;
        resolve();
      }
      interrupt = () => (wakeable || stopped ? done() : undefined);
    }).then(() => void (woken = false));

  let listener: pg.PoolClient | null = null;
  async function listen() {
    if (listener || stopped) return;
    const connection = await options.database.pool.connect();
    const lost = (error: Error) => {
      log.warn({ err: error }, 'outbox notifications lost; polling until they reconnect');
      if (listener === connection) listener = null;
      connection.release(error);
    };
    connection.on('notification', wake);
    connection.once('error', lost);
    try {
      await connection.query(`listen "${channel}"`);
    } catch (error) {
      connection.off('error', lost);
      connection.release(error as Error);
      throw error;
    }
    listener = connection;
  }

  async function deliver(row: OutboxRow): Promise<Delivery> {
    try {
      if (row.kind === 'start') {
        await client.withDeadline(Date.now() + callTimeoutMs, () =>
          client.workflow.start(row.workflowType!, {
            workflowId: row.workflowId,
            taskQueue,
            args: row.args,
            ...startOptions,
          }),
        );
      } else {
        await client.withDeadline(Date.now() + callTimeoutMs, () =>
          client.workflow.getHandle(row.workflowId).signal(row.signalName!, ...row.args),
        );
      }
      return { state: 'sent' };
    } catch (error) {
      // Started before and since completed: it ran, and must not run again.
      if (error instanceof WorkflowExecutionAlreadyStartedError) return { state: 'sent' };
      if (error instanceof WorkflowNotFoundError && row.kind === 'signal') {
        log.warn(
          { outboxId: row.id, workflowId: row.workflowId, signal: row.signalName },
          'signal dropped: no such workflow is running',
        );
        return { state: 'dropped' };
      }
      return { state: 'retry', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  }

  /** One batch in one transaction; the number of rows it claimed. */
  const relayBatch = () =>
    db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('workflowOutbox as o')
        .selectAll('o')
        .where('o.state', '=', 'pending')
        .where('o.nextAttemptAt', '<=', sql<Date>`now()`)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('workflowOutbox as e')
                .select('e.id')
                .where('e.state', '=', 'pending')
                .whereRef('e.workflowId', '=', 'o.workflowId')
                .whereRef('e.id', '<', 'o.id'),
            ),
          ),
        )
        .orderBy('o.id')
        .limit(batchSize)
        .forUpdate()
        .skipLocked()
        .execute();
      // At most one row per workflow is due at a time, so the rows go out together.
      await Promise.all(
        rows.map(async (row) => {
          const delivery = await deliver(row);
          if (delivery.state === 'retry') {
            const attempts = row.attempts + 1;
            const waitMs = retryDelayMs(attempts, backoff);
            log.warn(
              {
                outboxId: row.id,
                workflowId: row.workflowId,
                kind: row.kind,
                attempts,
                retryInMs: waitMs,
                error: delivery.error,
              },
              'workflow outbox delivery failed; will retry',
            );
            await trx
              .updateTable('workflowOutbox')
              .set({
                attempts,
                lastError: delivery.error,
                nextAttemptAt: sql<Date>`now() + ${`${waitMs} milliseconds`}::interval`,
              })
              .where('id', '=', row.id)
              .execute();
          } else {
            log.debug(
              { outboxId: row.id, workflowId: row.workflowId, kind: row.kind, state: delivery.state },
              'workflow outbox row delivered',
            );
            await trx
              .updateTable('workflowOutbox')
              .set({ state: delivery.state, attempts: row.attempts + 1, doneAt: sql<Date>`now()` })
              .where('id', '=', row.id)
              .execute();
          }
        }),
      );
      return rows.length;
    });

  const running = (async () => {
    if (delayMs > 0) await pause(delayMs, false);
    while (!stopped) {
      try {
        await listen();
        while (!stopped && (await relayBatch()) > 0);
      } catch (error) {
        log.warn({ err: error }, 'workflow outbox relay could not reach its database; trying again');
      }
      await pause(pollMs);
    }
  })();

  return {
    async stop() {
      stopped = true;
      wake();
      await running;
      const connection = listener;
      listener = null;
      if (connection) {
        await connection.query(`unlisten "${channel}"`).catch(() => {});
        connection.release();
      }
    },
  };
}

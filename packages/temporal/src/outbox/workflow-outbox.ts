import { sql, type ColumnType, type Generated, type Kysely } from '@sanbao/db';
import type { SignalDefinition } from '@temporalio/common';

/**
 * The transactional outbox: a workflow start or a signal is written as a row in the same transaction
 * as the business change that calls for it, and the relay (`startOutboxRelay`) delivers it to Temporal
 * after the commit. A crash between the commit and the delivery leaves the row pending, and the relay
 * delivers it when the service comes back; a rolled-back change leaves no row.
 */
export interface WorkflowOutboxTable {
  id: Generated<number>;
  kind: 'start' | 'signal';
  workflowId: string;
  /** For a start: the workflow's registered name. */
  workflowType: string | null;
  /** For a signal: the signal's name. */
  signalName: string | null;
  /** The workflow's or the signal's arguments, as JSON. */
  args: ColumnType<unknown[], string, string>;
  /** pending → sent, or dropped (a signal to a workflow that does not exist). */
  state: Generated<OutboxState>;
  attempts: Generated<number>;
  nextAttemptAt: Generated<Date>;
  lastError: string | null;
  createdAt: Generated<Date>;
  doneAt: Date | null;
}

export type OutboxState = 'pending' | 'sent' | 'dropped';

/** A service's database type includes this table once its migration ran `createWorkflowOutbox`. */
export interface WorkflowOutboxDatabase {
  workflowOutbox: WorkflowOutboxTable;
}

/** The channel the insert trigger notifies on commit; one per service schema. */
export const outboxChannel = (schema: string) => `${schema}.workflow_outbox`;

/** For a service's own migration: the outbox table, its indexes, and the trigger that wakes the relay. */
export async function createWorkflowOutbox(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workflow_outbox')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('start', 'signal')`))
    .addColumn('workflow_id', 'text', (c) => c.notNull())
    .addColumn('workflow_type', 'text')
    .addColumn('signal_name', 'text')
    .addColumn('args', 'jsonb', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`state in ('pending', 'sent', 'dropped')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('done_at', 'timestamptz')
    .addCheckConstraint(
      'workflow_outbox_names_its_target',
      sql`(kind = 'start' and workflow_type is not null) or (kind = 'signal' and signal_name is not null)`,
    )
    .execute();
  // The relay scans pending rows in order, and checks that no earlier row for the same workflow waits.
  await sql`create index workflow_outbox_pending_idx on workflow_outbox (id) where state = 'pending'`.execute(db);
  await sql`create index workflow_outbox_pending_workflow_idx on workflow_outbox (workflow_id, id) where state = 'pending'`.execute(
    db,
  );
  // NOTIFY inside a transaction is delivered at commit, and never on rollback: the relay wakes at once.
  await sql`
    create or replace function workflow_outbox_notify() returns trigger language plpgsql as $$
    begin perform pg_notify(tg_table_schema || '.workflow_outbox', ''); return null; end $$
  `.execute(db);
  await sql`create trigger workflow_outbox_notify after insert on workflow_outbox for each statement execute function workflow_outbox_notify()`.execute(
    db,
  );
}

export async function dropWorkflowOutbox(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('workflow_outbox').execute();
  await sql`drop function if exists workflow_outbox_notify()`.execute(db);
}

export interface WorkflowStart {
  workflowType: string;
  workflowId: string;
  args: readonly unknown[];
}

export interface WorkflowSignal<Args extends unknown[] = unknown[]> {
  workflowId: string;
  signal: SignalDefinition<Args> | string;
  args: Args;
}

function outboxOf<DB extends WorkflowOutboxDatabase>(trx: Kysely<DB>): Kysely<WorkflowOutboxDatabase> {
  // Written outside a transaction, the row would commit without the change it belongs to (or the reverse).
  if (!trx.isTransaction)
    throw new Error('a workflow start or signal is enqueued inside the transaction of the change that calls for it');
  return trx as unknown as Kysely<WorkflowOutboxDatabase>;
}

/** Starts `workflowId` once the caller's transaction commits (started with the relay's start-once options). */
export async function enqueueWorkflowStart<DB extends WorkflowOutboxDatabase>(
  trx: Kysely<DB>,
  start: WorkflowStart,
): Promise<void> {
  await outboxOf(trx)
    .insertInto('workflowOutbox')
    .values({
      kind: 'start',
      workflowId: start.workflowId,
      workflowType: start.workflowType,
      signalName: null,
      args: JSON.stringify(start.args),
    })
    .execute();
}

/** Signals `workflowId` once the caller's transaction commits, after any start or signal enqueued before it. */
export async function enqueueSignal<DB extends WorkflowOutboxDatabase, Args extends unknown[]>(
  trx: Kysely<DB>,
  signal: WorkflowSignal<Args>,
): Promise<void> {
  const name = typeof signal.signal === 'string' ? signal.signal : signal.signal.name;
  await outboxOf(trx)
    .insertInto('workflowOutbox')
    .values({
      kind: 'signal',
      workflowId: signal.workflowId,
      workflowType: null,
      signalName: name,
      args: JSON.stringify(signal.args),
    })
    .execute();
}

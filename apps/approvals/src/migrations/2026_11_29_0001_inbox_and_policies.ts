import { createAuditTrail, dropAppendOnlyGuard, dropAuditTrail, makeAppendOnly, sql, type Kysely } from '@sanbao/db';

export async function up(db: Kysely<unknown>): Promise<void> {
  await createAuditTrail(db, ['inbox_task', 'approval_policy']);

  await db.schema
    .createTable('inbox_tasks')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('task_id', 'text', (c) => c.notNull().unique())
    .addColumn('request_type', 'text', (c) =>
      c.notNull().check(sql`request_type in ('parts_request', 'claim', 'old_part_return', 'exception')`),
    )
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('workflow_id', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'text')
    .addColumn('requested_by', 'text')
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level >= 1`))
    .addColumn('candidate_role', 'text', (c) => c.notNull())
    .addColumn('candidate_level', 'integer', (c) => c.notNull())
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reminded_at', 'timestamptz')
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('pending', 'decided', 'escalated', 'timed_out', 'closed')`),
    )
    .addColumn('decision', 'text', (c) => c.check(sql`decision in ('approve', 'reject')`))
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('comment', 'text')
    .addColumn('sla_met', 'boolean')
    .addColumn('escalated_to', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'inbox_tasks_decided_has_decision',
      sql`state <> 'decided' or (decision is not null and decided_by is not null and decided_at is not null)`,
    )
    .execute();
  // The inbox's usual questions: what is open (by type, level, due), and a request's rows in order.
  await db.schema.createIndex('inbox_tasks_open_idx').on('inbox_tasks').columns(['state', 'due_at', 'id']).execute();
  await db.schema.createIndex('inbox_tasks_workflow_idx').on('inbox_tasks').columns(['workflow_id', 'id']).execute();

  await db.schema
    .createTable('approval_policies')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('parts_request', 'claim', 'old_part_return', 'exception')`),
    )
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('approval_policies_kind_version_key', ['kind', 'version'])
    .execute();
  // A published version is what running workflows were decided under: it never changes.
  await makeAppendOnly(db, 'approval_policies');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('approval_policies').execute();
  await db.schema.dropTable('inbox_tasks').execute();
  await dropAuditTrail(db);
  await dropAppendOnlyGuard(db);
}

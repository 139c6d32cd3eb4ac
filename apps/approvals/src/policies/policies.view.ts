import type { Selectable } from '@sanbao/db';
import type { ApprovalPolicyTable } from '../schema.ts';

export const policyView = (row: Selectable<ApprovalPolicyTable>) => ({
  kind: row.kind,
  version: row.version,
  document: row.document,
  note: row.note,
  publishedBy: row.publishedBy,
  publishedAt: row.publishedAt.toISOString(),
});

export type PolicyView = ReturnType<typeof policyView>;

import type { Migrations } from '@sanbao/db';
import * as ledger from './2026_11_29_0001_ledger.ts';
import * as rateCardsAndLines from './2026_11_29_0002_rate_cards_and_lines.ts';
import * as idempotencyAndAudit from './2026_11_29_0003_idempotency_keys_and_audit_trail.ts';
import * as deductionsAndStatements from './2026_11_29_0004_deductions_and_statements.ts';
import * as quotaControl from './2026_11_29_0005_quota_control.ts';
import * as reconciliation from './2026_11_29_0006_reconciliation.ts';
import * as lineModelAndPart from './2026_11_29_0007_line_model_and_part.ts';
import * as statementReminders from './2026_11_30_0001_statement_reminders.ts';
import * as workflowOutbox from './2026_11_30_0008_workflow_outbox.ts';

/** Forward-only, in order. Add new migrations at the end with a later timestamp. */
export const settlementMigrations: Migrations = {
  '2026_11_29_0001_ledger': ledger,
  '2026_11_29_0002_rate_cards_and_lines': rateCardsAndLines,
  '2026_11_29_0003_idempotency_keys_and_audit_trail': idempotencyAndAudit,
  '2026_11_29_0004_deductions_and_statements': deductionsAndStatements,
  '2026_11_29_0005_quota_control': quotaControl,
  '2026_11_29_0006_reconciliation': reconciliation,
  '2026_11_29_0007_line_model_and_part': lineModelAndPart,
  '2026_11_30_0001_statement_reminders': statementReminders,
  '2026_11_30_0008_workflow_outbox': workflowOutbox,
};

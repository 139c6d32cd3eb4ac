import { ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { settlementMonthScheduleId, type SettlementMonthInput } from '@sanbao/workflows/contracts';
import { ensureSchedule } from './schedule.ts';

export interface SettlementScheduleSettings {
  taskQueue: string;
  /** When the month just ended is settled, as a cron expression in China Standard Time. */
  cron: string;
  /** Defaults to the one schedule of the suite; tests pass their own. */
  scheduleId?: string;
}

/**
 * The monthly settlement's schedule, made idempotently at worker start. Each run (`settlementMonth`)
 * starts the cycle of the month just ended under the id `settlement-cycle:<period>`, so a run repeated
 * by hand or by a catch-up starts nothing twice.
 */
export async function ensureSettlementSchedule(
  client: Client,
  { taskQueue, cron, scheduleId = settlementMonthScheduleId }: SettlementScheduleSettings,
): Promise<'created' | 'updated'> {
  const input: SettlementMonthInput = {};
  return ensureSchedule(client, scheduleId, {
    spec: { cronExpressions: [cron], timezone: 'Asia/Shanghai' },
    action: { type: 'startWorkflow', workflowType: 'settlementMonth', taskQueue, args: [input] },
    policies: { overlap: ScheduleOverlapPolicy.SKIP },
  });
}

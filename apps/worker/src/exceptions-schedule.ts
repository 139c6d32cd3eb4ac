import { ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { exceptionsScanScheduleId } from '@sanbao/workflows/contracts';
import { ensureSchedule } from './schedule.ts';

export interface ExceptionsScheduleSettings {
  taskQueue: string;
  everySeconds: number;
  /** Defaults to the one schedule of the suite; tests pass their own. */
  scheduleId?: string;
}

/**
 * The exceptions supervision's schedule, made idempotently at worker start: created when missing,
 * otherwise brought to today's interval and task queue. A run still going when the next is due makes
 * the next one wait rather than overlap (both would raise the same items).
 */
export async function ensureExceptionsSchedule(
  client: Client,
  { taskQueue, everySeconds, scheduleId = exceptionsScanScheduleId }: ExceptionsScheduleSettings,
): Promise<'created' | 'updated'> {
  return ensureSchedule(client, scheduleId, {
    spec: { intervals: [{ every: `${everySeconds}s` }] },
    action: { type: 'startWorkflow', workflowType: 'exceptionsScan', taskQueue, args: [] },
    policies: { overlap: ScheduleOverlapPolicy.BUFFER_ONE },
  });
}

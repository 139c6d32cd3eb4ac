import { ScheduleAlreadyRunning, type Client, type ScheduleOptions } from '@temporalio/client';

/** What a schedule is: when it runs, what it starts, what happens when runs overlap. */
export type ScheduleDefinition = Pick<ScheduleOptions, 'spec' | 'action' | 'policies'>;

/**
 * A schedule made idempotently at worker start: created when missing, otherwise brought to today's
 * definition (its paused state is kept).
 */
export async function ensureSchedule(
  client: Client,
  scheduleId: string,
  definition: ScheduleDefinition,
): Promise<'created' | 'updated'> {
  try {
    await client.schedule.create({ scheduleId, ...definition });
    return 'created';
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule
      .getHandle(scheduleId)
      .update((previous) => ({ ...previous, ...definition, state: previous.state }));
    return 'updated';
  }
}

import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { PingResult } from '../contracts.ts';
import type { PingActivities } from './ping.activities.ts';

const { pingWarrantyService } = proxyActivities<PingActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumAttempts: 5, initialInterval: '200 ms' },
});

/** The smallest real round trip: workflow → activity → warranty service → Postgres. */
export async function ping(name: string): Promise<PingResult> {
  const { greeting, databaseTime } = await pingWarrantyService(name);
  return { greeting, warrantyDatabaseTime: databaseTime, workflowId: workflowInfo().workflowId };
}

import { createLogger } from '@sanbao/logger';
import { MockActivityEnvironment } from '@temporalio/testing';

export const quietLog = createLogger({ name: 'workflows-test', level: 'silent' });

/** An activity context as if the workflow `workflowId` had scheduled the activity. */
export const activityEnvFor = (workflowId: string) =>
  new MockActivityEnvironment({ workflowExecution: { workflowId, runId: 'run-1' }, workflowType: 'test' });

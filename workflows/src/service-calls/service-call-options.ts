import type { ActivityOptions } from '@temporalio/workflow';

/**
 * How a workflow calls a service: each attempt may take 30 seconds, and a failed one is retried after
 * a second, then twice as long each time up to a minute apart, until the service answers or refuses.
 */
export const serviceCallOptions: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
};

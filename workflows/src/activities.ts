import { createPingActivities, type PingActivityDeps } from './ping/ping.activities.ts';

export type ActivityDeps = PingActivityDeps;

/** Every activity the worker registers, built from injected dependencies (real clients or fakes). */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createPingActivities(deps),
  };
}

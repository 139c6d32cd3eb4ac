/** Workflow names, ids and task queue: defined once, used by starters, the worker and tests. */
export const taskQueue = 'sanbao';

export const workflowIds = {
  ping: (name: string) => `ping:${name}`,
};

export interface PingResult {
  greeting: string;
  /** The database clock as the warranty service read it: proof the call crossed into a real service. */
  warrantyDatabaseTime: string;
  workflowId: string;
}

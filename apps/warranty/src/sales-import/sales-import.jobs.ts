import type { SalesImportView } from './sales-import.view.ts';

/**
 * The sales imports running in this process. An import works in the background after its batch is
 * created; whoever owns the process (its shutdown, a test's afterAll) awaits `whenIdle()` before
 * closing the database.
 */
export interface SalesImportJobs {
  /** Remembers a running import until it settles; `done` must not reject. */
  track(importId: number, done: Promise<SalesImportView>): void;
  /** The outcome of an import running here, if one is. */
  running(importId: number): Promise<SalesImportView> | undefined;
  count(): number;
  /** Resolves once no import is running here (including ones started while waiting). */
  whenIdle(): Promise<void>;
}

export function createSalesImportJobs(): SalesImportJobs {
  const jobs = new Map<number, Promise<SalesImportView>>();
  return {
    track(importId, done) {
      jobs.set(importId, done);
      const forget = () => {
        if (jobs.get(importId) === done) jobs.delete(importId);
      };
      done.then(forget, forget);
    },
    running: (importId) => jobs.get(importId),
    count: () => jobs.size,
    async whenIdle() {
      while (jobs.size) await Promise.allSettled([...jobs.values()]);
    },
  };
}

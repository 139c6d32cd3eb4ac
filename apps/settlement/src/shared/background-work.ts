/** Work a request starts after its commit (e.g. acknowledging the parts outbox); tests wait for it. */
export function createBackgroundWork(onError: (error: unknown) => void) {
  const running = new Set<Promise<unknown>>();
  return {
    run(work: () => Promise<unknown>) {
      const p = work()
        .catch(onError)
        .finally(() => running.delete(p));
      running.add(p);
    },
    async whenIdle() {
      while (running.size) await Promise.all(running);
    },
  };
}

export type BackgroundWork = ReturnType<typeof createBackgroundWork>;

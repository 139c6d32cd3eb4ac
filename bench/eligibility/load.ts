/** Runs `op` from `concurrency` loops for `seconds`; returns completed operations per second. */
export async function measureRate(
  op: (i: number) => Promise<void>,
  concurrency: number,
  seconds: number,
): Promise<{ perSecond: number; count: number }> {
  let count = 0;
  let failures = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      let i = worker;
      while (performance.now() < until) {
        try {
          await op(i);
          count++;
        } catch (error) {
          if (++failures > 10) throw error;
        }
        i += concurrency;
      }
    }),
  );
  if (failures) throw new Error(`${failures} operations failed`);
  return { perSecond: count / ((performance.now() - started) / 1000), count };
}

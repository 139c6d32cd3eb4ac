export interface RelayBackoff {
  /** The wait after the first failed attempt. */
  initialMs: number;
  /** The longest wait between two attempts. */
  maxMs: number;
}

export const defaultRelayBackoff: RelayBackoff = { initialMs: 1000, maxMs: 60_000 };

/** How long a row waits after its `attempts`-th failed delivery: doubling from `initialMs`, capped at `maxMs`. */
export function retryDelayMs(attempts: number, { initialMs, maxMs }: RelayBackoff = defaultRelayBackoff): number {
  if (attempts < 1) return 0;
  // 2 ** 40 already exceeds any sensible cap; bounding the exponent keeps the number finite.
  return Math.min(maxMs, initialMs * 2 ** Math.min(attempts - 1, 40));
}

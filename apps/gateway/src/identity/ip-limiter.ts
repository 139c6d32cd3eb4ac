/**
 * Failed logins per client address, in this process's memory: a brake on one address guessing across
 * many usernames (the per-username lockout in the database does not see that). Fixed windows, bounded
 * size; the oldest address is forgotten first.
 */
export function ipFailureLimiter({
  maxFailures,
  windowSeconds,
  maxAddresses = 50_000,
}: {
  maxFailures: number;
  windowSeconds: number;
  maxAddresses?: number;
}) {
  const windows = new Map<string, { failures: number; startedAt: number }>();
  const windowMs = windowSeconds * 1000;
  const current = (address: string, now: number) => {
    const entry = windows.get(address);
    if (entry && now - entry.startedAt >= windowMs) {
      windows.delete(address);
      return undefined;
    }
    return entry;
  };
  return {
    /** Seconds until the address may try again, or null. */
    blockedFor(address: string, now = Date.now()): number | null {
      const entry = current(address, now);
      if (!entry || entry.failures < maxFailures) return null;
      return Math.max(1, Math.ceil((entry.startedAt + windowMs - now) / 1000));
    },
    recordFailure(address: string, now = Date.now()): void {
      const entry = current(address, now);
      if (entry) {
        entry.failures += 1;
        return;
      }
      if (windows.size >= maxAddresses) windows.delete(windows.keys().next().value!);
      windows.set(address, { failures: 1, startedAt: now });
    },
  };
}

export type IpFailureLimiter = ReturnType<typeof ipFailureLimiter>;

import { describe, expect, it } from 'vitest';
import { ipFailureLimiter } from './ip-limiter.ts';

describe('failed logins per address', () => {
  it('blocks an address after the maximum failures until its window ends, and no other address', () => {
    const limiter = ipFailureLimiter({ maxFailures: 3, windowSeconds: 60 });
    for (let i = 0; i < 2; i++) limiter.recordFailure('10.0.0.1', 1_000);
    expect(limiter.blockedFor('10.0.0.1', 1_000)).toBeNull();
    limiter.recordFailure('10.0.0.1', 2_000);
    expect(limiter.blockedFor('10.0.0.1', 2_000)).toBe(59);
    expect(limiter.blockedFor('10.0.0.2', 2_000)).toBeNull();
    expect(limiter.blockedFor('10.0.0.1', 60_999)).toBe(1);
    expect(limiter.blockedFor('10.0.0.1', 61_000)).toBeNull();
  });

  it('forgets the oldest address when full', () => {
    const limiter = ipFailureLimiter({ maxFailures: 1, windowSeconds: 60, maxAddresses: 2 });
    limiter.recordFailure('a', 0);
    limiter.recordFailure('b', 0);
    limiter.recordFailure('c', 0);
    expect(limiter.blockedFor('a', 1)).toBeNull();
    expect(limiter.blockedFor('b', 1)).toBe(60);
    expect(limiter.blockedFor('c', 1)).toBe(60);
  });
});

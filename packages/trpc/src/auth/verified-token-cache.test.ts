import { describe, expect, it } from 'vitest';
import { createVerifiedTokenCache } from './verified-token-cache.ts';

const user = { sub: 'u', role: 'admin' as const };

describe('verified token cache', () => {
  it('forgets a token when it expires, and never keeps one past the maximum age', () => {
    const cache = createVerifiedTokenCache(10, 60_000);
    cache.set('a', user, 1_000 + 5_000, 1_000);
    expect(cache.get('a', 5_999)).toEqual(user);
    expect(cache.get('a', 6_000)).toBeUndefined();
    cache.set('b', user, 10_000_000, 1_000);
    expect(cache.get('b', 60_999)).toEqual(user);
    expect(cache.get('b', 61_000)).toBeUndefined();
  });

  it('holds at most maxEntries, dropping the oldest', () => {
    const cache = createVerifiedTokenCache(2);
    cache.set('a', user, undefined, 0);
    cache.set('b', user, undefined, 0);
    cache.set('c', user, undefined, 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('c', 1)).toEqual(user);
  });
});

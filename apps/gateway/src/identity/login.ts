import type { Kysely } from '@sanbao/db';
import { type IpFailureLimiter } from './ip-limiter.ts';
import { type LoginThrottle } from './lockout.repository.ts';
import { defaultScryptParams, hashPassword, needsRehash, verifyPassword, type ScryptParams } from './passwords.ts';
import type { IdentityDatabase } from './schema.ts';
import { findActiveUser, normalizeUsername, setPasswordHash, type UserRow } from './users.repository.ts';

export type LoginOutcome =
  | { outcome: 'ok'; user: UserRow }
  | { outcome: 'invalid_credentials' }
  | { outcome: 'locked'; retryAfterSeconds: number }
  | { outcome: 'rate_limited'; retryAfterSeconds: number };

export interface LoginDeps {
  db: Kysely<IdentityDatabase>;
  throttle: LoginThrottle;
  ipLimiter: IpFailureLimiter;
  /** The parameters new hashes get; older hashes are upgraded at the next successful login. */
  passwordParams?: ScryptParams | undefined;
}

/**
 * Checks a username and password. An unknown username costs the same scrypt work as a wrong password
 * (against a hash of a random password) and counts towards the same lockout, so neither the answer nor
 * its timing tells whether the username exists.
 */
export function passwordLogin({ db, throttle, ipLimiter, passwordParams = defaultScryptParams }: LoginDeps) {
  // Made at start-up, so even the first unknown username costs one scrypt and not two.
  const decoy = hashPassword(crypto.randomUUID(), passwordParams);
  decoy.catch(() => {});

  return async (input: { username: string; password: string; address: string }): Promise<LoginOutcome> => {
    const blocked = ipLimiter.blockedFor(input.address);
    if (blocked) return { outcome: 'rate_limited', retryAfterSeconds: blocked };
    const username = normalizeUsername(input.username);
    const locked = await throttle.lockedFor(username);
    if (locked) return { outcome: 'locked', retryAfterSeconds: locked };

    const user = await findActiveUser(db, username);
    const matches = await verifyPassword(input.password, user?.passwordHash ?? (await decoy));
    if (!user || !matches) {
      ipLimiter.recordFailure(input.address);
      const lockedNow = await throttle.recordFailure(username);
      return lockedNow ? { outcome: 'locked', retryAfterSeconds: lockedNow } : { outcome: 'invalid_credentials' };
    }
    await throttle.clear(username);
    if (needsRehash(user.passwordHash, passwordParams))
      await setPasswordHash(db, user.username, await hashPassword(input.password, passwordParams));
    return { outcome: 'ok', user };
  };
}

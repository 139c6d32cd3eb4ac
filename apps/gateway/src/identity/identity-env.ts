import { z } from 'zod';
import { defaultDemoPassword } from './demo-users.ts';

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const seconds = (min: number, fallback: number) => z.coerce.number().int().min(min).default(fallback);

/** The gateway's variables for password login and cookie sessions (the `identity` schema). */
export const identityEnv = {
  /** Password login, sessions and the identity schema; on unless `false`. Needs DATABASE_URL. */
  IDENTITY: z.preprocess(emptyAsUndefined, z.stringbool().default(true)),
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.url({ message: 'DATABASE_URL must be a postgres:// URL' }).optional()),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(5),
  /** The access JWT in the `sanbao_access` cookie; the services verify it like any bearer token. */
  ACCESS_TOKEN_TTL_SECONDS: seconds(30, 900).refine(
    (s) => s <= 24 * 3600,
    'services refuse tokens living longer than a day',
  ),
  /** How long a session may sit unused before signing in again (each refresh starts it over). */
  REFRESH_TOKEN_TTL_SECONDS: seconds(60, 7 * 24 * 3600),
  /** `Secure` on the session cookies; defaults to on in production only (plain-HTTP development). */
  COOKIE_SECURE: z.preprocess(emptyAsUndefined, z.stringbool().optional()),
  /** Failed logins for one username within LOGIN_FAILURE_WINDOW_SECONDS that lock it for LOGIN_LOCKOUT_SECONDS. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_FAILURE_WINDOW_SECONDS: seconds(1, 900),
  LOGIN_LOCKOUT_SECONDS: seconds(1, 900),
  /** Failed logins one client address may make per window, per gateway process. */
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).default(50),
  /** Behind a trusted reverse proxy only: take the client address from the last X-Forwarded-For entry. */
  CLIENT_IP_FROM_FORWARDED_FOR: z.preprocess(emptyAsUndefined, z.stringbool().default(false)),
  /** The password the dev stack gives its demo users. */
  DEMO_PASSWORD: z.string().min(8).default(defaultDemoPassword),
};

/** The identity schema's database, for migrations, the demo seed and the user CLI. */
export const identityDatabaseEnv = {
  DATABASE_URL: z.url({ message: 'DATABASE_URL must be a postgres:// URL' }),
  DEMO_PASSWORD: identityEnv.DEMO_PASSWORD,
};

import {
  commonEnv,
  databaseEnv,
  loadConfig,
  outboxRelayEnv,
  portEnv,
  requestLimitsEnv,
  signingAuthEnv,
  temporalEnv,
} from '@sanbao/config';
import { z } from 'zod';

export const partsConfigSchema = z.object({
  ...commonEnv,
  ...databaseEnv,
  /** Starts and signals the approval workflows, through its outbox and relay. */
  ...temporalEnv,
  ...outboxRelayEnv,
  /** Signs system tokens for its calls to the warranty service. */
  ...signingAuthEnv,
  ...requestLimitsEnv,
  ...portEnv(4102),
  /** The warranty service, asked whether a claim is covered before warranty parts are issued. */
  WARRANTY_URL: z.url().default('http://127.0.0.1:4101'),
  /** Lifetime of the system tokens this service signs for its calls to the warranty service. */
  SYSTEM_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).default(900),
  /** Days an old part has to come back when its part class has no return rule of its own. */
  DEFAULT_RETURN_DUE_DAYS: z.coerce.number().int().positive().default(30),
});

export type PartsConfig = z.infer<typeof partsConfigSchema>;

/** The only reader of the environment in this service. */
export const readPartsConfig = (): PartsConfig => loadConfig(partsConfigSchema, process.env);

/** What `migrate.ts` needs: the database only, no token keys. */
export const readPartsDatabaseConfig = () => loadConfig(z.object({ ...commonEnv, ...databaseEnv }), process.env);

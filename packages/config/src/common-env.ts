import { z } from 'zod';

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

export const commonEnv = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: z.preprocess(emptyAsUndefined, z.stringbool().optional()),
};

/** The logger's settings: pretty output by default in development only. */
export const logFrom = (config: { NODE_ENV: string; LOG_LEVEL: string; LOG_PRETTY?: boolean | undefined }) => ({
  level: config.LOG_LEVEL,
  pretty: config.LOG_PRETTY ?? config.NODE_ENV === 'development',
});

export const databaseEnv = {
  DATABASE_URL: z.url({ message: 'DATABASE_URL must be a postgres:// URL' }),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
};

export const temporalEnv = {
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('sanbao'),
};

/** The relay that delivers a service's workflow outbox to Temporal. */
export const outboxRelayEnv = {
  /** How often it looks for due rows without a notification (retries; a lost LISTEN connection). */
  OUTBOX_RELAY_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
  /** A wait before its first delivery after start; a test hook (a process killed between commit and start). */
  OUTBOX_RELAY_DELAY_MS: z.coerce.number().int().min(0).max(3_600_000).default(0),
};

/** The database pool's settings, as `createDatabase` takes them. */
export const databaseFrom = (config: { DATABASE_URL: string; DATABASE_POOL_MAX: number }) => ({
  url: config.DATABASE_URL,
  poolMax: config.DATABASE_POOL_MAX,
});

/** Where the Temporal frontend is, as `createTemporalClient` takes it. */
export const temporalFrom = (config: { TEMPORAL_ADDRESS: string; TEMPORAL_NAMESPACE: string }) => ({
  address: config.TEMPORAL_ADDRESS,
  namespace: config.TEMPORAL_NAMESPACE,
});

/** The relay's settings, as `startOutboxRelay` takes them. */
export const outboxRelayFrom = (config: {
  TEMPORAL_TASK_QUEUE: string;
  OUTBOX_RELAY_POLL_MS: number;
  OUTBOX_RELAY_DELAY_MS: number;
}) => ({
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  pollMs: config.OUTBOX_RELAY_POLL_MS,
  delayMs: config.OUTBOX_RELAY_DELAY_MS,
});

/** HS256 with a shared secret in development; RS256 verified against a JWKS URL in production. */
export const authEnv = {
  JWT_SECRET: z.preprocess(emptyAsUndefined, z.string().min(16, 'JWT_SECRET needs at least 16 characters').optional()),
  JWT_JWKS_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  JWT_ISSUER: z.string().default('sanbao'),
  JWT_AUDIENCE: z.string().default('sanbao'),
  /** The longest token lifetime a service accepts (exp − iat); longer-lived tokens are refused. */
  JWT_MAX_LIFETIME_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(24 * 3600),
};

/** For a process that signs tokens (logins, system tokens for service calls): JWT_SECRET is required. */
export const signingAuthEnv = {
  ...authEnv,
  JWT_SECRET: z.preprocess(
    emptyAsUndefined,
    z
      .string({ message: 'JWT_SECRET is required: this process signs tokens' })
      .min(16, 'JWT_SECRET needs at least 16 characters'),
  ),
};

/** A service that only verifies tokens needs a key to verify them with: a JWKS URL or the HS256 secret. */
export const hasTokenKey = (env: { JWT_SECRET?: string | undefined; JWT_JWKS_URL?: string | undefined }) =>
  Boolean(env.JWT_SECRET || env.JWT_JWKS_URL);
export const tokenKeyRequired = {
  message: 'set JWT_JWKS_URL or JWT_SECRET: tokens cannot be verified without a key',
  path: ['JWT_SECRET'],
};

export const portEnv = (defaultPort: number) => ({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(defaultPort),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(25_000),
});

/** Where and how a service listens, as `serveService` takes it. */
export const listenFrom = (config: { HOST: string; PORT: number; SHUTDOWN_TIMEOUT_MS: number }) => ({
  host: config.HOST,
  port: config.PORT,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});

/** What one request may ask of a service (bodies are refused with 413 before they are read). */
export const requestLimitsEnv = {
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /** For the procedures that take a file (CSV imports). */
  IMPORT_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024 * 1024),
  TRPC_MAX_BATCH_SIZE: z.coerce.number().int().min(1).max(100).default(10),
};

export const requestLimitsFrom = (config: {
  BODY_LIMIT_BYTES: number;
  IMPORT_BODY_LIMIT_BYTES: number;
  TRPC_MAX_BATCH_SIZE: number;
}) => ({
  bodyBytes: config.BODY_LIMIT_BYTES,
  importBodyBytes: config.IMPORT_BODY_LIMIT_BYTES,
  maxBatchSize: config.TRPC_MAX_BATCH_SIZE,
});

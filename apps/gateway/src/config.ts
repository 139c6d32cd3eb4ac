import { commonEnv, loadConfig, portEnv, requestLimitsEnv, signingAuthEnv } from '@sanbao/config';
import { z } from 'zod';
import { identityDatabaseEnv, identityEnv } from './identity/identity-env.ts';

export const gatewayConfigSchema = z
  .object({
    ...commonEnv,
    ...signingAuthEnv,
    /** Bodies passed on to the services; each refuses more than its own limit per procedure. */
    IMPORT_BODY_LIMIT_BYTES: requestLimitsEnv.IMPORT_BODY_LIMIT_BYTES,
    ...portEnv(4100),
    WARRANTY_URL: z.url().default('http://127.0.0.1:4101'),
    PARTS_URL: z.url().default('http://127.0.0.1:4102'),
    APPROVALS_URL: z.url().default('http://127.0.0.1:4104'),
    SETTLEMENT_URL: z.url().default('http://127.0.0.1:4103'),
    ...identityEnv,
    /** Lifetime of the tokens the gateway signs at login. */
    TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(24 * 3600, 'services refuse tokens living longer than a day (JWT_MAX_LIFETIME_SECONDS)')
      .default(8 * 3600),
    /**
     * Development login: pick a role and tenant without a password. Off unless DEV_LOGIN=true (the dev
     * stack sets it), whatever NODE_ENV says; refused outright in production.
     */
    DEV_LOGIN: z.preprocess((v) => (v === '' ? undefined : v), z.stringbool().default(false)),
    /** The built web UI to serve at /, when present. */
    WEB_DIST: z.string().optional(),
  })
  .refine((c) => !(c.DEV_LOGIN && c.NODE_ENV === 'production'), {
    message: 'DEV_LOGIN hands out tokens without a password: it cannot be on in production',
    path: ['DEV_LOGIN'],
  });

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const readGatewayConfig = (): GatewayConfig => loadConfig(gatewayConfigSchema, process.env);

/** What `migrate.ts`, the demo seed and the user CLI need: the identity database only, no token keys. */
export const readIdentityDatabaseConfig = () =>
  loadConfig(z.object({ ...commonEnv, ...identityDatabaseEnv }), process.env);

import { authEnv, commonEnv, loadConfig, portEnv, requestLimitsEnv } from '@sanbao/config';
import { z } from 'zod';

export const gatewayConfigSchema = z.object({
  ...commonEnv,
  ...authEnv,
  /** Bodies passed on to the services; each refuses more than its own limit per procedure. */
  IMPORT_BODY_LIMIT_BYTES: requestLimitsEnv.IMPORT_BODY_LIMIT_BYTES,
  ...portEnv(4100),
  WARRANTY_URL: z.url().default('http://127.0.0.1:4101'),
  PARTS_URL: z.url().default('http://127.0.0.1:4102'),
  /** Lifetime of the tokens the gateway signs at login. */
  TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(24 * 3600, 'services refuse tokens living longer than a day (JWT_MAX_LIFETIME_SECONDS)').default(8 * 3600),
  /** Development login: pick a role and tenant without a password. Never on in production. */
  DEV_LOGIN: z.stringbool().optional(),
  /** The built web UI to serve at /, when present. */
  WEB_DIST: z.string().optional(),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const readGatewayConfig = (): GatewayConfig => loadConfig(gatewayConfigSchema, process.env);

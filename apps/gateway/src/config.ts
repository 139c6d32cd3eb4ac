import { authEnv, commonEnv, loadConfig, portEnv } from '@sanbao/config';
import { z } from 'zod';
import { identityDatabaseEnv, identityEnv } from './identity/identity-env.ts';

export const gatewayConfigSchema = z.object({
  ...commonEnv,
  ...authEnv,
  ...portEnv(4100),
  WARRANTY_URL: z.url().default('http://127.0.0.1:4101'),
  PARTS_URL: z.url().default('http://127.0.0.1:4102'),
  ...identityEnv,
  /** Lifetime of the tokens the gateway signs at login. */
  TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).default(8 * 3600),
  /** Development login: pick a role and tenant without a password. Never on in production. */
  DEV_LOGIN: z.stringbool().optional(),
  /** The built web UI to serve at /, when present. */
  WEB_DIST: z.string().optional(),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const readGatewayConfig = (): GatewayConfig => loadConfig(gatewayConfigSchema, process.env);

/** What `migrate.ts`, the demo seed and the user CLI need: the identity database only, no token keys. */
export const readIdentityDatabaseConfig = () => loadConfig(z.object({ ...commonEnv, ...identityDatabaseEnv }), process.env);

import {
  authEnv,
  commonEnv,
  databaseEnv,
  hasTokenKey,
  loadConfig,
  outboxRelayEnv,
  portEnv,
  requestLimitsEnv,
  temporalEnv,
  tokenKeyRequired,
} from '@sanbao/config';
import { z } from 'zod';

export const warrantyConfigSchema = z
  .object({
    ...commonEnv,
    ...databaseEnv,
    ...temporalEnv,
    ...outboxRelayEnv,
    ...authEnv,
    ...requestLimitsEnv,
    ...portEnv(4101),
  })
  .refine(hasTokenKey, tokenKeyRequired);

export type WarrantyConfig = z.infer<typeof warrantyConfigSchema>;

/** The only reader of the environment in this service. */
export const readWarrantyConfig = (): WarrantyConfig => loadConfig(warrantyConfigSchema, process.env);

/** What `migrate.ts` and the demo seed need: the database only, no token keys or Temporal. */
export const readWarrantyDatabaseConfig = () => loadConfig(z.object({ ...commonEnv, ...databaseEnv }), process.env);

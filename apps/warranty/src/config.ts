import { authEnv, commonEnv, databaseEnv, loadConfig, portEnv, requestLimitsEnv, temporalEnv } from '@sanbao/config';
import { z } from 'zod';

export const warrantyConfigSchema = z.object({
  ...commonEnv,
  ...databaseEnv,
  ...temporalEnv,
  ...authEnv,
  ...requestLimitsEnv,
  ...portEnv(4101),
});

export type WarrantyConfig = z.infer<typeof warrantyConfigSchema>;

/** The only reader of the environment in this service. */
export const readWarrantyConfig = (): WarrantyConfig => loadConfig(warrantyConfigSchema, process.env);

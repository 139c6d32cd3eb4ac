import { commonEnv, databaseEnv, loadConfig } from '@sanbao/config';
import { z } from 'zod';

/** What the settlement processes read so far (migrations); the service adds its own settings here. */
export const settlementConfigSchema = z.object({
  ...commonEnv,
  ...databaseEnv,
});

export type SettlementConfig = z.infer<typeof settlementConfigSchema>;

/** The only reader of the environment in this service. */
export const readSettlementConfig = (): SettlementConfig => loadConfig(settlementConfigSchema, process.env);

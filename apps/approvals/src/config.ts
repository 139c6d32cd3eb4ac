import {
  authEnv,
  commonEnv,
  databaseEnv,
  hasTokenKey,
  loadConfig,
  portEnv,
  requestLimitsEnv,
  temporalEnv,
  tokenKeyRequired,
} from '@sanbao/config';
import { z } from 'zod';

export const approvalsConfigSchema = z
  .object({
    ...commonEnv,
    ...databaseEnv,
    /** Decisions reach the waiting workflows as Temporal Updates; timelines come from their status query. */
    ...temporalEnv,
    ...authEnv,
    ...portEnv(4104),
    ...requestLimitsEnv,
  })
  .refine(hasTokenKey, tokenKeyRequired);

export type ApprovalsConfig = z.infer<typeof approvalsConfigSchema>;

/** The only reader of the environment in this service. */
export const readApprovalsConfig = (): ApprovalsConfig => loadConfig(approvalsConfigSchema, process.env);

/** What `migrate.ts` and the demo policy seed need: the database only, no token keys or Temporal. */
export const readApprovalsDatabaseConfig = () => loadConfig(z.object({ ...commonEnv, ...databaseEnv }), process.env);

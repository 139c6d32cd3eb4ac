import { commonEnv, loadConfig, portEnv, signingAuthEnv, temporalEnv } from '@sanbao/config';
import { z } from 'zod';

export const workerConfigSchema = z.object({
  ...commonEnv,
  ...temporalEnv,
  /** The activities sign system tokens for their service calls. */
  ...signingAuthEnv,
  ...portEnv(4109),
  WARRANTY_URL: z.url().default('http://127.0.0.1:4101'),
  /** Lifetime of the system tokens the activities sign for service calls. */
  SYSTEM_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).default(900),
});

export type WorkerConfig = z.infer<typeof workerConfigSchema>;

export const readWorkerConfig = (): WorkerConfig => loadConfig(workerConfigSchema, process.env);

import { commonEnv, loadConfig, portEnv, signingAuthEnv, temporalEnv } from '@sanbao/config';
import { z } from 'zod';

export const workerConfigSchema = z.object({
  ...commonEnv,
  ...temporalEnv,
  /** The activities sign system tokens for their service calls. */
  ...signingAuthEnv,
  ...portEnv(4109),
  WARRANTY_URL: z.url().default('http://127.0.0.1:4101'),
  /** The parts service: the parts requests' and return tags' activities call it. */
  PARTS_URL: z.url().default('http://127.0.0.1:4102'),
  /** The approvals service: the inbox activities and `loadApprovalPolicy` call it. */
  APPROVALS_URL: z.url().default('http://127.0.0.1:4104'),
  /** The settlement service: the quota overruns' and the settlement cycle's activities and the claim settlement hook call it. */
  SETTLEMENT_URL: z.url().default('http://127.0.0.1:4103'),
  /**
   * Post a completed claim's settlement line (`lines.postForClaim`). Off: the claim workflow's settlement
   * step is a recorded no-op.
   */
  SETTLEMENT_HOOK: z.preprocess((v) => (v === '' ? undefined : v), z.stringbool().default(false)),
  /** When the month just ended is settled (its cycle started): a cron expression in China Standard Time. */
  SETTLEMENT_CYCLE_CRON: z.string().trim().min(9).max(100).default('0 2 1 * *'),
  /** How often the exceptions supervision scans for work gone wrong (seconds). */
  EXCEPTIONS_SCAN_SECONDS: z.coerce.number().int().min(10).default(900),
  /** Lifetime of the system tokens the activities sign for service calls. */
  SYSTEM_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).default(900),
});

export type WorkerConfig = z.infer<typeof workerConfigSchema>;

export const readWorkerConfig = (): WorkerConfig => loadConfig(workerConfigSchema, process.env);

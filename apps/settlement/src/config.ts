import {
  commonEnv,
  databaseEnv,
  loadConfig,
  outboxRelayEnv,
  portEnv,
  requestLimitsEnv,
  signingAuthEnv,
  temporalEnv,
} from '@sanbao/config';
import { z } from 'zod';

export const settlementConfigSchema = z.object({
  ...commonEnv,
  ...databaseEnv,
  /** Starts the quota overruns' approval workflows, through its outbox and relay. */
  ...temporalEnv,
  ...outboxRelayEnv,
  /** Signs system tokens for its calls to the parts service (the chargeback outbox). */
  ...signingAuthEnv,
  ...portEnv(4103),
  /** Payment files arrive inside `payments.import`, which may use the larger import body limit. */
  ...requestLimitsEnv,
  /** The parts service, whose chargeback outbox settlement imports deductions from. */
  PARTS_URL: z.url().default('http://127.0.0.1:4102'),
  /** Lifetime of the system tokens this service signs for its calls to the parts service. */
  SYSTEM_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).default(900),
  /** VAT on a statement's net, in basis points (600 = 6 %, the rate for modern services). */
  SETTLEMENT_VAT_RATE_BP: z.coerce.number().int().min(0).max(10_000).default(600),
  /** SLA penalty per day a claim was completed late, in fen; 0 turns SLA penalties off. */
  SLA_PENALTY_FEN_PER_DAY: z.coerce.number().int().min(0).max(10_000_000).default(2000),
  /** The most one claim's SLA penalty may reach, in fen. */
  SLA_PENALTY_CAP_FEN: z.coerce.number().int().min(0).max(100_000_000).default(20_000),
});

export type SettlementConfig = z.infer<typeof settlementConfigSchema>;

/** The only reader of the environment in this service. */
export const readSettlementConfig = (): SettlementConfig => loadConfig(settlementConfigSchema, process.env);

/** What `migrate.ts` needs: the database only, no token keys or Temporal. */
export const readSettlementDatabaseConfig = () => loadConfig(z.object({ ...commonEnv, ...databaseEnv }), process.env);

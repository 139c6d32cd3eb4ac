import { outboxRelayFrom, temporalFrom } from '@sanbao/config';
import { openServiceProcess } from '@sanbao/service-kit';
import { createTemporalClient, startOutboxRelay, temporalReadiness } from '@sanbao/temporal';
import { systemTokenSourceFor } from '@sanbao/trpc/auth';
import { startOnce } from '@sanbao/workflows/contracts';
import { createSettlementApp } from './app.ts';
import { readSettlementConfig } from './config.ts';
import { partsChargebackOutbox } from './deductions/parts-chargebacks.ts';
import { settlementSchemaName, type SettlementDatabase } from './schema.ts';

const config = readSettlementConfig();
const settlement = openServiceProcess<SettlementDatabase>('settlement', settlementSchemaName, config);
const { client, connection } = await createTemporalClient(temporalFrom(config));
const parts = { url: config.PARTS_URL, token: systemTokenSourceFor(config, 'settlement') };

const service = createSettlementApp({
  ...settlement.deps,
  chargebackOutbox: partsChargebackOutbox(parts),
  vatRateBp: config.SETTLEMENT_VAT_RATE_BP,
  slaPenalty: { fenPerDay: config.SLA_PENALTY_FEN_PER_DAY, capFen: config.SLA_PENALTY_CAP_FEN },
  readiness: { temporal: temporalReadiness(connection, config.TEMPORAL_NAMESPACE) },
});
// Starts the approval workflow of every line this service held over quota, once its transaction committed.
const { database, log } = settlement.deps;
const relay = startOutboxRelay({ database, client, startOptions: startOnce, log, ...outboxRelayFrom(config) });
await settlement.serve(service, [relay, connection]);

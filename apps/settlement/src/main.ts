import { openServiceProcess } from '@sanbao/service-kit';
import { systemTokenSourceFor } from '@sanbao/trpc/auth';
import { createSettlementApp } from './app.ts';
import { readSettlementConfig } from './config.ts';
import { partsChargebackOutbox } from './deductions/parts-chargebacks.ts';
import { settlementSchemaName, type SettlementDatabase } from './schema.ts';

const config = readSettlementConfig();
const settlement = openServiceProcess<SettlementDatabase>('settlement', settlementSchemaName, config);
const parts = { url: config.PARTS_URL, token: systemTokenSourceFor(config, 'settlement') };

const service = createSettlementApp({
  ...settlement.deps,
  chargebackOutbox: partsChargebackOutbox(parts),
  vatRateBp: config.SETTLEMENT_VAT_RATE_BP,
  slaPenalty: { fenPerDay: config.SLA_PENALTY_FEN_PER_DAY, capFen: config.SLA_PENALTY_CAP_FEN },
});
await settlement.serve(service);

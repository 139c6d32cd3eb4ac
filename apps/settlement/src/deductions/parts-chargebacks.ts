import type { PartsRouter } from '@sanbao/parts/router';
import { createServiceClient } from '@sanbao/trpc/client';
import { createChargebackOutbox, type ChargebackOutbox } from './chargeback-outbox.ts';

/** The parts service's chargeback outbox, called with a system token. */
export function partsChargebackOutbox(settings: { url: string; token: () => Promise<string> }): ChargebackOutbox {
  const parts = createServiceClient<PartsRouter>(settings);
  return createChargebackOutbox(parts.chargebacks);
}

import type { ApprovalsRouter } from '@sanbao/approvals/router';
import type { PartsRouter } from '@sanbao/parts/router';
import type { SettlementRouter } from '@sanbao/settlement/router';
import { createServiceClient } from '@sanbao/trpc/client';
import type { WarrantyRouter } from '@sanbao/warranty/router';

export interface ServiceClientsSettings {
  warrantyUrl: string;
  partsUrl: string;
  approvalsUrl: string;
  settlementUrl: string;
  token: () => Promise<string>;
}

/** Typed clients of the services the activities call, each with a system token. */
export function createServiceClients({
  warrantyUrl,
  partsUrl,
  approvalsUrl,
  settlementUrl,
  token,
}: ServiceClientsSettings) {
  return {
    warranty: createServiceClient<WarrantyRouter>({ url: warrantyUrl, token }),
    parts: createServiceClient<PartsRouter>({ url: partsUrl, token }),
    approvals: createServiceClient<ApprovalsRouter>({ url: approvalsUrl, token }),
    settlement: createServiceClient<SettlementRouter>({ url: settlementUrl, token }),
  };
}

export type ServiceClients = ReturnType<typeof createServiceClients>;

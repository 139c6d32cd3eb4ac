import { createServiceClient } from '@sanbao/trpc/client';
import type { WarrantyRouter } from '@sanbao/warranty/router';

export interface ServiceClientsSettings {
  warrantyUrl: string;
  token: () => Promise<string>;
}

/** Typed clients of the services the activities call, each with a system token. */
export function createServiceClients({ warrantyUrl, token }: ServiceClientsSettings) {
  return {
    warranty: createServiceClient<WarrantyRouter>({ url: warrantyUrl, token }),
  };
}

export type ServiceClients = ReturnType<typeof createServiceClients>;

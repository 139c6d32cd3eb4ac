import type { PartsRouter } from '@sanbao/parts/router';
import type { WarrantyRouter } from '@sanbao/warranty/router';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { apiFetch } from '../auth/session.ts';
import { queryClient } from './query-client.ts';

/** One service behind the gateway (`/api/<service>/trpc`), batched, through the session. */
export const link = (service: string) =>
  httpBatchLink({ url: `/api/${service}/trpc`, fetch: apiFetch, maxURLLength: 4000 });

export const warrantyClient = createTRPCClient<WarrantyRouter>({ links: [link('warranty')] });
export const partsClient = createTRPCClient<PartsRouter>({ links: [link('parts')] });

/** Query and mutation options for each service: `useQuery(warranty.claims.list.queryOptions(...))`. */
export const warranty = createTRPCOptionsProxy<WarrantyRouter>({ client: warrantyClient, queryClient });
export const parts = createTRPCOptionsProxy<PartsRouter>({ client: partsClient, queryClient });

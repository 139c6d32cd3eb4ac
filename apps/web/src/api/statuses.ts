import type { PartsRouter } from '@sanbao/parts/router';
import type { WarrantyRouter } from '@sanbao/warranty/router';
import type { inferRouterInputs } from '@trpc/server';

// The statuses the services report, read from their routers' list filters: types only, so the bundle holds
// no server code and a status the service adds or drops fails the web's typecheck where it is labelled.

type PartsInputs = inferRouterInputs<PartsRouter>;
type WarrantyInputs = inferRouterInputs<WarrantyRouter>;
/** The values a list's filter `key` takes (the list input itself may be left out). */
type FilterOf<Input, Key extends string> = NonNullable<Extract<Input, object>[Key & keyof Extract<Input, object>]>;

export type RequestStatus = FilterOf<PartsInputs['requests']['list'], 'status'>;
export type TagStatus = FilterOf<PartsInputs['returns']['listTags'], 'status'>;
export type ShipmentStatus = FilterOf<PartsInputs['returns']['listShipments'], 'status'>;
export type ClaimState = FilterOf<WarrantyInputs['claims']['list'], 'state'>;

/** Any status a record of a service carries. */
export type ServiceStatus = RequestStatus | TagStatus | ShipmentStatus | ClaimState;

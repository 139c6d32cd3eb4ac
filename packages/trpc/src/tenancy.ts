import type { AuthUser } from './auth/user.ts';
import { forbidden } from './errors.ts';

/** Which tenant a caller is confined to: its own provider or warehouse; staff see everything. */
export interface Tenancy {
  providerId?: string | undefined;
  warehouseId?: string | undefined;
}

export function tenancyOf(user: AuthUser): Tenancy {
  if (user.role === 'provider') return { providerId: user.providerId };
  if (user.role === 'warehouse') return { warehouseId: user.warehouseId };
  return {};
}

/** A record outside the caller's tenancy is reported as not found, so ids reveal nothing. */
export function canSee(tenancy: Tenancy, record: { providerId?: string; warehouseId?: string }): boolean {
  if (tenancy.providerId !== undefined && tenancy.providerId !== record.providerId) return false;
  if (tenancy.warehouseId !== undefined && tenancy.warehouseId !== record.warehouseId) return false;
  return true;
}

/** Filters a list by the caller's tenancy; asking explicitly for another tenant's records is refused. */
export function listFilter(
  user: AuthUser,
  asked: { providerId?: string | undefined; warehouseId?: string | undefined },
): Tenancy {
  const own = tenancyOf(user);
  if (own.providerId !== undefined && asked.providerId !== undefined && asked.providerId !== own.providerId) {
    throw forbidden('a provider sees only its own records');
  }
  if (own.warehouseId !== undefined && asked.warehouseId !== undefined && asked.warehouseId !== own.warehouseId) {
    throw forbidden('warehouse staff see only their own warehouse');
  }
  return { providerId: own.providerId ?? asked.providerId, warehouseId: own.warehouseId ?? asked.warehouseId };
}

/** The tenant a caller acts for, as one label: `provider SP-001`, `warehouse WH-EAST`, or the staff role. */
export function tenantLabel(user: AuthUser): string {
  const { providerId, warehouseId } = tenancyOf(user);
  if (providerId !== undefined) return `provider ${providerId}`;
  if (warehouseId !== undefined) return `warehouse ${warehouseId}`;
  return user.role;
}

/** Who did it, for audit trails and `recorded_by` columns. */
export const actorOf = (user: AuthUser) => ({ actor: user.sub, actorRole: user.role });

import type { Role } from '@sanbao/trpc/auth';
import { testTokens } from './tokens.ts';

/** One token per role; provider and warehouse tokens belong to the given tenants. */
export async function roleTokens({ providerId = 'SP-001', warehouseId = 'WH-CENTRAL' } = {}): Promise<
  Record<Role, string>
> {
  return {
    provider: await testTokens.provider(providerId),
    warehouse: await testTokens.warehouse(warehouseId),
    finance: await testTokens.role('finance'),
    manager: await testTokens.role('manager'),
    admin: await testTokens.role('admin'),
    system: await testTokens.role('system'),
  };
}

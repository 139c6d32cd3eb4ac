import type { ServiceProvider } from './providers.repository.ts';

export const providerView = (p: ServiceProvider) => ({
  id: p.id,
  name: p.name,
  region: p.region,
  grade: p.grade,
  defaultWarehouseId: p.defaultWarehouseId,
  creditLimitFen: p.creditLimitFen,
});

import { describe, expect, it } from 'vitest';
import { canSee, listFilter, tenancyOf, tenantLabel } from './tenancy.ts';

const provider = { sub: 'u1', role: 'provider' as const, providerId: 'SP-001' };
const warehouse = { sub: 'u2', role: 'warehouse' as const, warehouseId: 'WH-EAST' };
const manager = { sub: 'u3', role: 'manager' as const };
const record = { providerId: 'SP-001', warehouseId: 'WH-EAST' };

describe('tenancy', () => {
  it('a provider sees its own records, a warehouse its own, staff all', () => {
    expect(canSee(tenancyOf(provider), record)).toBe(true);
    expect(canSee(tenancyOf(provider), { ...record, providerId: 'SP-002' })).toBe(false);
    expect(canSee(tenancyOf(warehouse), record)).toBe(true);
    expect(canSee(tenancyOf(warehouse), { ...record, warehouseId: 'WH-WEST' })).toBe(false);
    expect(canSee(tenancyOf(manager), { providerId: 'any', warehouseId: 'any' })).toBe(true);
  });

  it('list filters are pinned to the tenant and refuse another tenant', () => {
    expect(listFilter(provider, {})).toEqual({ providerId: 'SP-001', warehouseId: undefined });
    expect(() => listFilter(provider, { providerId: 'SP-002' })).toThrow(/own records/);
    expect(() => listFilter(warehouse, { warehouseId: 'WH-WEST' })).toThrow(/own warehouse/);
    expect(listFilter(manager, { providerId: 'SP-002' })).toEqual({ providerId: 'SP-002', warehouseId: undefined });
  });
});

describe('tenant label', () => {
  it('names the provider or warehouse a token acts for, or the staff role', () => {
    expect(tenantLabel(provider)).toBe('provider SP-001');
    expect(tenantLabel({ ...provider, providerId: 'SP-002' })).toBe('provider SP-002');
    expect(tenantLabel(warehouse)).toBe('warehouse WH-EAST');
    expect(tenantLabel(manager)).toBe('manager');
  });
});

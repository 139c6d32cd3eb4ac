import { roleTokens, testTokens } from '@sanbao/testing';
import { describeAuthorizationMatrix, type TenantCase } from '@sanbao/testing/authorization';
import { inject } from 'vitest';
import { key, startWarranty } from '../../test/warranty-harness.ts';
import { catalogueModel, openQualityClaim, sellUnit } from '../claims/claim-fixtures.test-support.ts';
import { createWarrantyRouter, type WarrantyRouterDeps } from '../router.ts';
import { warrantyAccess } from './access-matrix.ts';

describeAuthorizationMatrix({
  service: 'warranty',
  router: createWarrantyRouter({} as WarrantyRouterDeps),
  matrix: warrantyAccess,
  async start() {
    const w = await startWarranty(inject('postgresAdminUrl'));
    const tokens = await roleTokens({ providerId: 'SP-001' });
    const admin = w.client(tokens.admin);
    await catalogueModel(admin);
    await sellUnit(admin, 'TV-A-1');
    // SP-001 serves TV-A-1 through its claim; SP-002 has a claim of its own elsewhere, so "nothing to see" cannot pass for isolation.
    const raisedAt = '2024-06-09T10:00:00+08:00';
    const claim = await openQualityClaim(w.client(tokens.provider), 'TV-A-1', raisedAt, { performanceFault: true });
    await sellUnit(admin, 'TV-B-1');
    const intruder = await testTokens.provider('SP-002');
    await openQualityClaim(w.client(intruder), 'TV-B-1', raisedAt, { performanceFault: true });

    const provider = (input: () => unknown, otherGets: TenantCase['otherGets'] = 'NOT_FOUND'): TenantCase[] => [
      { role: 'provider', input, otherGets },
    ];
    return {
      url: w.url,
      tokens,
      otherTenant: { provider: intruder, warehouse: await testTokens.warehouse('WH-EAST') },
      tenantCases: {
        'sales.get': provider(() => ({ serial: 'TV-A-1' })),
        'history.forUnit': provider(() => ({ serial: 'TV-A-1' })),
        'history.recordRepair': provider(
          () => ({ idempotencyKey: key(), serial: 'TV-A-1', sentOn: '2024-04-01', fixed: true }),
          'BAD_REQUEST',
        ),
        'history.recordReplacement': provider(
          () => ({ idempotencyKey: key(), serial: 'TV-A-1', replacedOn: '2024-04-01', scope: 'unit' }),
          'BAD_REQUEST',
        ),
        'claims.chooseRemedy': provider(() => ({ idempotencyKey: key(), claimId: claim.id, remedy: 'repair' })),
        'claims.complete': provider(() => ({ idempotencyKey: key(), claimId: claim.id })),
        'claims.cancel': provider(() => ({ idempotencyKey: key(), claimId: claim.id })),
        'claims.get': provider(() => ({ claimId: claim.id })),
        'claims.list': provider(() => ({ serial: 'TV-A-1' }), 'EMPTY'),
        'claims.readjudicate': provider(() => ({ claimId: claim.id })),
      },
      stop: () => w.stop(),
    };
  },
});

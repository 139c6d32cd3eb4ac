import { roleTokens, testTokens } from '@sanbao/testing';
import { access, describeAuthorizationMatrix } from '@sanbao/testing/authorization';
import { inject } from 'vitest';
import { key, startWarranty } from '../../test/warranty-harness.ts';
import { catalogueModel, openQualityClaim, sellUnit } from '../claims/claim-fixtures.test-support.ts';
import { createWarrantyRouter, type WarrantyRouterDeps } from '../router.ts';
import { warrantyAccess } from './access-matrix.ts';

const { otherProvider } = access;

/** SP-001's claim on TV-A-1, which SP-002 will aim at. */
const victim = { claimId: 0 };

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

    victim.claimId = claim.id;
    return {
      url: w.url,
      tokens,
      otherTenant: { provider: intruder, warehouse: await testTokens.warehouse('WH-EAST') },
      snapshot: w.snapshot,
      stop: () => w.stop(),
    };
  },
  tenantCases: {
    'sales.get': [otherProvider(() => ({ serial: 'TV-A-1' }))],
    'history.forUnit': [otherProvider(() => ({ serial: 'TV-A-1' }))],
    'history.recordRepair': [
      otherProvider(
        () => ({ idempotencyKey: key(), serial: 'TV-A-1', sentOn: '2024-04-01', fixed: true }),
        'BAD_REQUEST',
      ),
    ],
    'history.recordReplacement': [
      otherProvider(
        () => ({ idempotencyKey: key(), serial: 'TV-A-1', replacedOn: '2024-04-01', scope: 'unit' }),
        'BAD_REQUEST',
      ),
    ],
    'claims.chooseRemedy': [
      otherProvider(() => ({ idempotencyKey: key(), claimId: victim.claimId, remedy: 'repair' })),
    ],
    'claims.complete': [otherProvider(() => ({ idempotencyKey: key(), claimId: victim.claimId }))],
    'claims.cancel': [otherProvider(() => ({ idempotencyKey: key(), claimId: victim.claimId }))],
    'claims.get': [otherProvider(() => ({ claimId: victim.claimId }))],
    'claims.list': [otherProvider(() => ({ serial: 'TV-A-1' }), 'EMPTY')],
    'claims.readjudicate': [otherProvider(() => ({ claimId: victim.claimId }))],
  },
});

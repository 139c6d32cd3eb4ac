import { roleTokens, testTokens } from '@sanbao/testing';
import { describeAuthorizationMatrix, type TenantCase } from '@sanbao/testing/authorization';
import { inject } from 'vitest';
import { key, startSettlement } from '../../test/settlement-harness.ts';
import { claimCompletion, statementUpTo } from '../../test/settlement-world.ts';
import { demoRateCard } from '../rate-cards/demo-rate-card.ts';
import type { SettlementDeps } from '../settlement-deps.ts';
import { createSettlementRouter } from '../router.ts';
import { settlementAccess } from './access-matrix.ts';

describeAuthorizationMatrix({
  service: 'settlement',
  router: createSettlementRouter({} as SettlementDeps),
  matrix: settlementAccess,
  async start() {
    const h = await startSettlement(inject('postgresAdminUrl'));
    h.setNow(new Date('2026-11-01T02:00:00Z'));
    await h.admin.rateCards.publish.mutate({ idempotencyKey: key(), effectiveFrom: '2026-11-01', card: demoRateCard });
    h.setNow(new Date('2026-11-20T02:00:00Z'));
    // SP-001's line and statements, which SP-002 will aim at; SP-002 has records of its own, so an
    // empty answer cannot pass for isolation.
    const { lineId } = await h.system.lines.postForClaim.mutate(claimCompletion('SP-001', '2026-11-18'));
    await h.system.lines.postForClaim.mutate(claimCompletion('SP-002', '2026-11-18'));
    const issued = await statementUpTo(h, await h.provider('SP-001'), 'SP-001', 'issued');
    await statementUpTo(h, await h.provider('SP-002'), 'SP-002', 'issued');

    const p = (input: () => unknown, otherGets: TenantCase['otherGets'] = 'NOT_FOUND'): TenantCase => ({
      role: 'provider',
      input,
      otherGets,
    });
    return {
      url: h.url,
      tokens: await roleTokens({ providerId: 'SP-001' }),
      otherTenant: { provider: await testTokens.provider('SP-002'), warehouse: await testTokens.warehouse('WH-EAST') },
      tenantCases: {
        'lines.explain': [p(() => ({ lineId }))],
        'lines.list': [p(() => ({ providerId: 'SP-001' }), 'FORBIDDEN')],
        'deductions.list': [p(() => ({ providerId: 'SP-001' }), 'FORBIDDEN')],
        'quota.get': [p(() => ({ providerId: 'SP-001', period: '2026-11' }), 'FORBIDDEN')],
        'statements.get': [p(() => ({ statementId: issued.statementId }))],
        'statements.list': [p(() => ({ providerId: 'SP-001' }), 'FORBIDDEN')],
        'statements.confirm': [p(() => ({ idempotencyKey: key(), statementId: issued.statementId }))],
        'statements.dispute': [
          p(() => ({
            idempotencyKey: key(),
            statementId: issued.statementId,
            lines: [{ lineId: issued.lineId, reason: 'sabotage', claimedFen: 1 }],
          })),
        ],
      },
      stop: () => h.close(),
    };
  },
});

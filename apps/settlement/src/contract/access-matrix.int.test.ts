import { roleTokens, testTokens } from '@sanbao/testing';
import { access, describeAuthorizationMatrix } from '@sanbao/testing/authorization';
import { inject } from 'vitest';
import { key } from '../../test/settlement-harness.ts';
import { claimCompletion, startWithDemoCard, statementUpTo } from '../../test/settlement-world.ts';
import type { SettlementDeps } from '../settlement-deps.ts';
import { createSettlementRouter } from '../router.ts';
import { settlementAccess } from './access-matrix.ts';

const { otherProvider: p } = access;

/** SP-001's line and statement, which SP-002 will aim at. */
const victim = {} as { lineId: number; statementId: number; statementLineId: number };
const ownProvider = { providerId: 'SP-001' };

describeAuthorizationMatrix({
  service: 'settlement',
  router: createSettlementRouter({} as SettlementDeps),
  matrix: settlementAccess,
  async start() {
    const h = await startWithDemoCard(inject('postgresAdminUrl'));
    // SP-002 has records of its own, so an empty answer cannot pass for isolation.
    victim.lineId = (await h.system.lines.postForClaim.mutate(claimCompletion('SP-001', '2026-11-18'))).lineId;
    await h.system.lines.postForClaim.mutate(claimCompletion('SP-002', '2026-11-18'));
    const issued = await statementUpTo(h, await h.provider('SP-001'), 'SP-001', 'issued');
    victim.statementId = issued.statementId;
    victim.statementLineId = issued.lineId;
    await statementUpTo(h, await h.provider('SP-002'), 'SP-002', 'issued');
    return {
      url: h.url,
      tokens: await roleTokens(ownProvider),
      otherTenant: { provider: await testTokens.provider('SP-002'), warehouse: await testTokens.warehouse('WH-EAST') },
      snapshot: h.snapshot,
      stop: () => h.close(),
    };
  },
  tenantCases: {
    'rateCards.get': [p(() => ({ inForceOn: '2026-11-18' }), 'OK')],
    'rateCards.list': [p(() => ({}), 'OK')],
    'lines.explain': [p(() => ({ lineId: victim.lineId }))],
    'lines.list': [p(() => ownProvider, 'FORBIDDEN'), p(() => ({}), 'OWN_ONLY')],
    'deductions.list': [p(() => ownProvider, 'FORBIDDEN')],
    'quota.get': [p(() => ({ ...ownProvider, period: '2026-11' }), 'FORBIDDEN')],
    'statements.get': [p(() => ({ statementId: victim.statementId }))],
    'statements.list': [p(() => ownProvider, 'FORBIDDEN'), p(() => ({}), 'OWN_ONLY')],
    'statements.confirm': [p(() => ({ idempotencyKey: key(), statementId: victim.statementId }))],
    'statements.dispute': [
      p(() => ({
        idempotencyKey: key(),
        statementId: victim.statementId,
        lines: [{ lineId: victim.statementLineId, reason: 'sabotage', claimedFen: 1 }],
      })),
    ],
  },
});

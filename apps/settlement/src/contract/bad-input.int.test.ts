import type { Kysely } from '@sanbao/db';
import { roleTokens } from '@sanbao/testing';
import { describeBadInputs, schemaFingerprint } from '@sanbao/testing/bad-input';
import { inject } from 'vitest';
import { key, startSettlement } from '../../test/settlement-harness.ts';
import { statementUpTo } from '../../test/settlement-world.ts';
import { demoRateCard } from '../rate-cards/demo-rate-card.ts';
import type { SettlementDeps } from '../settlement-deps.ts';
import { createSettlementRouter } from '../router.ts';
import { settlementSchemaName } from '../schema.ts';

// Every procedure of the settlement router gets generated bad inputs; see packages/testing/src/bad-input.
// A rate card and an issued statement exist, so inputs that pass the schema reach real records. An
// accepted payment import is matched in the background; `settle` waits for it before rows are compared.
describeBadInputs({
  service: 'settlement',
  router: createSettlementRouter({} as SettlementDeps),
  async start() {
    const h = await startSettlement(inject('postgresAdminUrl'));
    h.setNow(new Date('2026-11-01T02:00:00Z'));
    await h.admin.rateCards.publish.mutate({ idempotencyKey: key(), effectiveFrom: '2026-11-01', card: demoRateCard });
    h.setNow(new Date('2026-11-20T02:00:00Z'));
    await statementUpTo(h, await h.provider('SP-001'), 'SP-001', 'issued');
    return {
      url: h.url,
      tokens: await roleTokens(),
      settle: () => h.app.background.whenIdle(),
      fingerprint: () => schemaFingerprint(h.db as Kysely<unknown>, settlementSchemaName),
      stop: () => h.close(),
    };
  },
});

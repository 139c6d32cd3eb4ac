import { roleTokens } from '@sanbao/testing';
import { describeBadInputs, schemaFingerprint } from '@sanbao/testing/bad-input';
import { inject } from 'vitest';
import { startWarranty } from '../../test/warranty-harness.ts';
import { catalogueModel, openQualityClaim, sellUnit } from '../claims/claim-fixtures.test-support.ts';
import { createWarrantyRouter, type WarrantyRouterDeps } from '../router.ts';
import { warrantySchemaName } from '../schema.ts';

// Every procedure of the warranty router gets generated bad inputs; see packages/testing/src/bad-input.
describeBadInputs({
  service: 'warranty',
  router: createWarrantyRouter({} as WarrantyRouterDeps),
  async start() {
    const w = await startWarranty(inject('postgresAdminUrl'));
    const tokens = await roleTokens();
    // A model, a sold unit and a claim, so inputs naming them reach past "not found".
    const admin = w.client(tokens.admin);
    await catalogueModel(admin, {
      modelCode: 'KFR-35',
      categoryCode: 'air_conditioner',
      nameZh: '空调',
      nameEn: 'Air conditioner',
      mainParts: ['compressor'],
    });
    await sellUnit(admin, 'DEMO-TV-0001', { modelCode: 'KFR-35', invoiceDate: '2024-06-08' });
    await openQualityClaim(w.client(tokens.provider), 'DEMO-TV-0001', '2024-09-01T10:00:00+08:00', {
      performanceFault: true,
    });
    return {
      url: w.url,
      tokens,
      settle: w.importsIdle,
      fingerprint: () => schemaFingerprint(w.db as never, warrantySchemaName),
      stop: () => w.stop(),
    };
  },
});

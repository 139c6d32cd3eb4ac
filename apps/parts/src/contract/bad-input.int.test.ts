import { roleTokens } from '@sanbao/testing';
import { describeBadInputs, schemaFingerprint } from '@sanbao/testing/bad-input';
import { inject } from 'vitest';
import type { PartsDeps } from '../parts-deps.ts';
import { createPartsRouter } from '../router.ts';
import { partsSchemaName } from '../schema.ts';
import { startPartsHarness } from '../../test/parts-harness.ts';
import { receiveStock, seedWorld, world } from '../../test/parts-world.ts';

// Every procedure of the parts router gets generated bad inputs; see packages/testing/src/bad-input.
describeBadInputs({
  service: 'parts',
  router: createPartsRouter({} as PartsDeps),
  async start() {
    const h = await startPartsHarness(inject('postgresAdminUrl'));
    await seedWorld(h);
    await receiveStock(h, world.warehouses.central, world.parts.board, 50);
    return {
      url: h.url,
      tokens: await roleTokens(),
      fingerprint: () => schemaFingerprint(h.db as never, partsSchemaName),
      stop: () => h.close(),
    };
  },
});

import type { Kysely } from '@sanbao/db';
import { roleTokens } from '@sanbao/testing';
import { describeBadInputs, schemaFingerprint } from '@sanbao/testing/bad-input';
import { inject } from 'vitest';
import { managerToken, startApprovals } from '../../test/approvals-harness.ts';
import type { ApprovalsDeps } from '../approvals-deps.ts';
import { createApprovalsRouter } from '../router.ts';
import { approvalsSchemaName } from '../schema.ts';

// Every procedure of the approvals router gets generated bad inputs; see packages/testing/src/bad-input.
// The service talks to the real Temporal dev server, so a bad workflow id reaches it as it would in use.
describeBadInputs({
  service: 'approvals',
  router: createApprovalsRouter({} as ApprovalsDeps),
  async start() {
    const h = await startApprovals(inject('postgresAdminUrl'), { temporalAddress: inject('temporalAddress') });
    // A head of service sees every level, so the manager's inputs reach every inbox row.
    const tokens = { ...(await roleTokens()), manager: await managerToken('head-1', 3) };
    return {
      url: h.url,
      tokens,
      fingerprint: () => schemaFingerprint(h.db as Kysely<unknown>, approvalsSchemaName),
      stop: () => h.stop(),
    };
  },
});

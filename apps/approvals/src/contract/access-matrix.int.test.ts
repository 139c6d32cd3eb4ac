import { roleTokens, testTokens } from '@sanbao/testing';
import { describeAuthorizationMatrix } from '@sanbao/testing/authorization';
import { inject } from 'vitest';
import { startApprovals } from '../../test/approvals-harness.ts';
import type { ApprovalsDeps } from '../approvals-deps.ts';
import { createApprovalsRouter } from '../router.ts';
import { approvalsAccess } from './access-matrix.ts';

describeAuthorizationMatrix({
  service: 'approvals',
  router: createApprovalsRouter({} as ApprovalsDeps),
  matrix: approvalsAccess,
  async start() {
    const h = await startApprovals(inject('postgresAdminUrl'), { temporalAddress: inject('temporalAddress') });
    return {
      url: h.url,
      tokens: await roleTokens(),
      // No approvals procedure admits a tenant role; the other tenant's tokens are refused like the own.
      otherTenant: { provider: await testTokens.provider('SP-002'), warehouse: await testTokens.warehouse('WH-EAST') },
      snapshot: h.snapshot,
      stop: () => h.stop(),
    };
  },
});

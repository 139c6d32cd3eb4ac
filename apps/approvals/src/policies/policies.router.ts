import { mutationProcedure, roleProcedure, router } from '@sanbao/trpc';
import type { ApprovalsDeps } from '../approvals-deps.ts';
import { currentPolicyInput, listPoliciesInput, publishPolicyInput } from './policies.schemas.ts';
import { currentPolicy, listPolicies, publishPolicy } from './policies.service.ts';

export function createPoliciesRouter({ db }: ApprovalsDeps) {
  const mutation = mutationProcedure(db);
  return router({
    /** The workflows' `loadApprovalPolicy` (system) and the staff pages read the version in force. */
    current: roleProcedure('admin', 'manager', 'finance', 'system')
      .input(currentPolicyInput)
      .query(({ input }) => currentPolicy(db, input.kind)),
    list: roleProcedure('admin', 'manager')
      .input(listPoliciesInput)
      .query(({ input }) => listPolicies(db, input.kind)),
    publish: mutation('admin')
      .input(publishPolicyInput)
      .mutation(({ ctx, input }) => publishPolicy(ctx.db, ctx.user, input)),
  });
}

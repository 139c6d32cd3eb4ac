import { mutationProcedure, roleProcedure, router } from '@sanbao/trpc';
import type { SettlementDeps } from '../settlement-deps.ts';
import {
  closePeriodInput,
  disputeStatementInput,
  getStatementInput,
  listStatementsInput,
  periodInput,
  resolveDisputeInput,
  statementActionInput,
} from './statements.schemas.ts';
import {
  approveStatement,
  closePeriod,
  confirmStatement,
  disputeStatement,
  getStatement,
  issueStatement,
  listStatements,
  markStatementPaid,
  periodStatements,
  remindStatement,
  resolveDispute,
} from './statements.service.ts';

const staff = ['finance', 'admin'] as const;

/** Monthly periods: finance (or the settlement cycle) closes them into one statement per provider. */
export function createPeriodsRouter(deps: SettlementDeps) {
  const mutation = mutationProcedure(deps.db);
  return router({
    close: mutation(...staff, 'system')
      .input(closePeriodInput)
      .mutation(({ ctx, input }) => closePeriod({ ...deps, db: ctx.db }, input.period, ctx.user)),
    statements: roleProcedure(...staff, 'system')
      .input(periodInput)
      .query(({ input }) => periodStatements(deps.db, input.period)),
  });
}

/** Statements through their states; a provider acts on and reads only its own. */
export function createStatementsRouter(deps: SettlementDeps) {
  const mutation = mutationProcedure(deps.db);
  const withTx = (db: SettlementDeps['db']) => ({ ...deps, db });
  return router({
    issue: mutation(...staff, 'system')
      .input(statementActionInput)
      .mutation(({ ctx, input }) => issueStatement(withTx(ctx.db), ctx.user, input.statementId)),
    confirm: mutation('provider', 'system')
      .input(statementActionInput)
      .mutation(({ ctx, input }) => confirmStatement(withTx(ctx.db), ctx.user, input.statementId)),
    /** The settlement cycle's reminder to a provider that has not answered; recorded on the statement. */
    remind: mutation('system')
      .input(statementActionInput)
      .mutation(({ ctx, input }) => remindStatement(withTx(ctx.db), ctx.user, input.statementId)),
    dispute: mutation('provider')
      .input(disputeStatementInput)
      .mutation(({ ctx, input: { idempotencyKey: _key, ...dispute } }) =>
        disputeStatement(withTx(ctx.db), ctx.user, dispute),
      ),
    resolve: mutation(...staff)
      .input(resolveDisputeInput)
      .mutation(({ ctx, input: { idempotencyKey: _key, ...resolution } }) =>
        resolveDispute(withTx(ctx.db), ctx.user, resolution),
      ),
    approve: mutation(...staff, 'system')
      .input(statementActionInput)
      .mutation(({ ctx, input }) => approveStatement(withTx(ctx.db), ctx.user, input.statementId)),
    markPaid: mutation(...staff, 'system')
      .input(statementActionInput)
      .mutation(({ ctx, input }) => markStatementPaid(withTx(ctx.db), ctx.user, input.statementId)),
    get: roleProcedure('provider', ...staff, 'manager', 'system')
      .input(getStatementInput)
      .query(({ ctx, input }) => getStatement(deps.db, ctx.user, input.statementId)),
    list: roleProcedure('provider', ...staff, 'manager', 'system')
      .input(listStatementsInput)
      .query(({ ctx, input }) => listStatements(deps.db, ctx.user, input)),
  });
}

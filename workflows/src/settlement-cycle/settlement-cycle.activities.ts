import type { Logger } from '@sanbao/logger';
import { callService } from '../service-calls/business-refusal.ts';
import { idempotencyKeyFor } from '../service-calls/idempotency-key.ts';
import type { CycleStatement } from './settlement-cycle.contracts.ts';

interface Query<I, O> {
  query(input: I): Promise<O>;
}
interface Mutation<I, O> {
  mutate(input: I): Promise<O>;
}

interface StatementView {
  statementId: number;
  number: string;
  providerId: string;
  state: string;
}

/**
 * The procedures of the settlement service the cycle calls, with a system token. The worker passes its
 * typed tRPC client (`createServiceClient<SettlementRouter>`), which has this shape; tests pass fakes.
 */
export interface SettlementCycleClient {
  periods: {
    close: Mutation<{ idempotencyKey: string; period: string }, { statements: StatementView[] }>;
  };
  statements: {
    get: Query<{ statementId: number }, StatementView & { disputes: { status: string }[] }>;
    issue: Mutation<{ idempotencyKey: string; statementId: number }, unknown>;
    confirm: Mutation<{ idempotencyKey: string; statementId: number }, unknown>;
    approve: Mutation<{ idempotencyKey: string; statementId: number }, unknown>;
    remind: Mutation<{ idempotencyKey: string; statementId: number }, { reminderCount: number }>;
  };
}

export interface SettlementCycleActivityDeps {
  log: Logger;
  settlement: SettlementCycleClient;
}

export function createSettlementCycleActivities({ log, settlement }: SettlementCycleActivityDeps) {
  async function statementOf(statementId: number): Promise<CycleStatement> {
    const s = await callService('statements.get', () => settlement.statements.get.query({ statementId }));
    return {
      statementId: s.statementId,
      number: s.number,
      providerId: s.providerId,
      state: s.state,
      openDisputes: s.disputes.filter((d) => d.status === 'open').length,
    };
  }

  /** Each statement's move, keyed by the workflow and the statement: a retry or a replay acts once. */
  async function move(
    step: 'issue' | 'confirm' | 'approve',
    ids: number[],
    when: (s: CycleStatement) => boolean,
  ): Promise<number[]> {
    const moved: number[] = [];
    for (const statementId of ids) {
      if (!when(await statementOf(statementId))) continue;
      const idempotencyKey = idempotencyKeyFor(`${step}:${statementId}`);
      await callService(`statements.${step}`, () =>
        settlement.statements[step].mutate({ idempotencyKey, statementId }),
      );
      moved.push(statementId);
    }
    return moved;
  }

  return {
    /** Closes the period: one draft statement per provider with money waiting. */
    async closeSettlementPeriod(period: string): Promise<CycleStatement[]> {
      const idempotencyKey = idempotencyKeyFor('close');
      const closed = await callService('periods.close', () =>
        settlement.periods.close.mutate({ idempotencyKey, period }),
      );
      log.info({ period, statements: closed.statements.length }, 'settlement period closed');
      return closed.statements.map((s) => ({
        statementId: s.statementId,
        number: s.number,
        providerId: s.providerId,
        state: s.state,
        openDisputes: 0,
      }));
    },

    async issueStatements(ids: number[]): Promise<number[]> {
      return move('issue', ids, (s) => s.state === 'draft');
    },

    async statementStates(ids: number[]): Promise<CycleStatement[]> {
      const out: CycleStatement[] = [];
      for (const id of ids) out.push(await statementOf(id));
      return out;
    },

    /**
     * Reminds the providers whose statements still wait for an answer: the reminder is recorded on each
     * statement (`remindedAt`, `reminderCount`), where the provider reads it, once per cycle and statement.
     */
    async remindProviders(input: { period: string; statements: CycleStatement[] }): Promise<void> {
      for (const s of input.statements) {
        const idempotencyKey = idempotencyKeyFor(`remind:${s.statementId}`);
        const { reminderCount } = await callService('statements.remind', () =>
          settlement.statements.remind.mutate({ idempotencyKey, statementId: s.statementId }),
        );
        log.info(
          { period: input.period, providerId: s.providerId, statement: s.number, reminderCount },
          'provider reminded to confirm or dispute its settlement statement',
        );
      }
    },

    /** Confirms, for their providers, the statements left unanswered past the deadline. */
    async autoConfirmStatements(ids: number[]): Promise<number[]> {
      return move('confirm', ids, (s) => s.state === 'issued');
    },

    /** Carries out finance's approval: every confirmed statement, and every disputed one with no open dispute. */
    async approveStatements(ids: number[]): Promise<number[]> {
      return move('approve', ids, (s) => s.state === 'confirmed' || (s.state === 'disputed' && s.openDisputes === 0));
    },
  };
}

export type SettlementCycleActivities = ReturnType<typeof createSettlementCycleActivities>;

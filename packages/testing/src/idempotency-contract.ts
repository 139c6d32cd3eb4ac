import type { Kysely } from '@sanbao/db';
import type { Role } from '@sanbao/trpc/auth';
import type { AnyTRPCRouter } from '@trpc/server';
import { beforeAll, expect, it } from 'vitest';
import { withOneValueChanged } from './changed-value.ts';
import { idempotencyKey } from './idempotency-key.ts';
import { installCommitCrash, type CommitCrash } from './postgres/commit-crash.ts';
import { roleTokens } from './role-tokens.ts';
import { routerProcedures } from './router-procedures.ts';

/** How to reach a mutation with an input that changes something, and as whom. */
export interface IdempotentMutation {
  as: Role;
  prepare: () => Promise<Record<string, unknown>>;
}

interface CallAnswer {
  status: number;
  body: { result?: { data?: unknown } };
}

/** The live service under test, as the harness of each service offers it. */
export interface IdempotencyTarget<DB> {
  /** The service's router: the table must name every mutation of it. */
  router: AnyTRPCRouter;
  /** Every mutation of the router, keyed by its path. */
  mutations: Record<string, IdempotentMutation>;
  /** The tenants whose provider and warehouse tokens call (see `roleTokens`)… */
  tenant?: { providerId?: string; warehouseId?: string };
  /** …or the token of each caller, where a role's standard test token will not do. */
  tokenOf?: (as: Role) => Promise<string>;
  call: (path: string, input: unknown, token: string) => Promise<CallAnswer>;
  /** The service's tables as they stand (see `fingerprintTables`). */
  snapshot: () => Promise<unknown>;
  /** The service's database, read when the tests run: the commit crash is installed on it before the first. */
  db: () => Kysely<DB>;
}

/**
 * The idempotency contract of every mutation, inside a `describe`: the table covers the router; killed at
 * commit a call leaves nothing; the retry runs once; a replay returns the same answer and writes nothing;
 * the same key with one value changed, or with a field added, is a CONFLICT.
 */
export function itKeepsTheIdempotencyContract<DB>(target: IdempotencyTarget<DB>) {
  let crash: CommitCrash;
  let tokenOf: (as: Role) => Promise<string>;
  beforeAll(async () => {
    crash = await installCommitCrash(target.db() as Kysely<unknown>);
    const tokens = await roleTokens(target.tenant);
    tokenOf = target.tokenOf ?? (async (as) => tokens[as]);
  });

  it('the table covers every mutation of the router', () => {
    const all = routerProcedures(target.router)
      .filter((p) => p.type === 'mutation')
      .map((p) => p.path);
    expect(Object.keys(target.mutations).sort()).toEqual(all.sort());
  });

  it.each(Object.entries(target.mutations))(
    '%s: killed at commit it leaves nothing, the retry runs once, a replay returns it, another value under the key is a CONFLICT',
    async (path, { as, prepare }) => {
      const { call, snapshot } = target;
      const input = { idempotencyKey: idempotencyKey('crash'), ...(await prepare()) };
      const token = await tokenOf(as);
      const before = await snapshot();

      await crash.arm(input.idempotencyKey);
      const killed = await call(path, input, token);
      expect(killed.status, JSON.stringify(killed.body)).toBeGreaterThanOrEqual(500);
      expect(await snapshot()).toEqual(before);
      await crash.disarm(input.idempotencyKey);

      const retry = await call(path, input, token);
      expect(retry.status, JSON.stringify(retry.body)).toBe(200);
      const afterRetry = await snapshot();
      expect(afterRetry).not.toEqual(before);

      const replay = await call(path, input, token);
      expect(replay.status).toBe(200);
      expect(replay.body.result!.data).toEqual(retry.body.result!.data);
      expect(await snapshot()).toEqual(afterRetry);

      const changedValue = await call(path, withOneValueChanged(input), token);
      expect(changedValue.status, JSON.stringify(changedValue.body)).toBe(409);
      // A field no mutation takes: the stored request differs by the field alone.
      const extraField = await call(path, { ...input, notAskedFor: 'a different request' }, token);
      expect(extraField.status).toBe(409);
      expect(await snapshot()).toEqual(afterRetry);
    },
  );
}

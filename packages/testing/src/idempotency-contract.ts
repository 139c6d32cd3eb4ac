import { expect, it } from 'vitest';
import { withOneValueChanged } from './changed-value.ts';
import type { CommitCrash } from './postgres/commit-crash.ts';

/** How to reach a mutation with an input that changes something, and as whom. */
export interface IdempotentMutation<Caller extends string> {
  as: Caller;
  prepare: () => Promise<Record<string, unknown>>;
}

interface CallAnswer {
  status: number;
  body: { result?: { data?: unknown } };
}

/** The live service under test, as the harness of each service offers it. */
export interface IdempotencyTarget<Caller extends string> {
  /** The router's procedures (the table must name every mutation). */
  procedures: () => { path: string; type: string }[];
  /** Every mutation of the router, keyed by its path. */
  mutations: Record<string, IdempotentMutation<Caller>>;
  tokenOf: (as: Caller) => Promise<string>;
  call: (path: string, input: unknown, token: string) => Promise<CallAnswer>;
  /** The service's tables as they stand (see `fingerprintTables`). */
  snapshot: () => Promise<unknown>;
  /** Read when the tests run: the harness installs it in `beforeAll`. */
  crash: () => CommitCrash;
  /** A fresh idempotency key. */
  key: (label: string) => string;
}

/**
 * The idempotency contract of every mutation, inside a `describe`: the table covers the router; killed at
 * commit a call leaves nothing; the retry runs once; a replay returns the same answer and writes nothing;
 * the same key with one value changed, or with a field added, is a CONFLICT.
 */
export function itKeepsTheIdempotencyContract<Caller extends string>(target: IdempotencyTarget<Caller>) {
  it('the table covers every mutation of the router', () => {
    const all = target
      .procedures()
      .filter((p) => p.type === 'mutation')
      .map((p) => p.path);
    expect(Object.keys(target.mutations).sort()).toEqual(all.sort());
  });

  it.each(Object.entries(target.mutations))(
    '%s: killed at commit it leaves nothing, the retry runs once, a replay returns it, another value under the key is a CONFLICT',
    async (path, { as, prepare }) => {
      const { call, snapshot } = target;
      const input = { idempotencyKey: target.key('crash'), ...(await prepare()) };
      const token = await target.tokenOf(as);
      const before = await snapshot();

      await target.crash().arm(input.idempotencyKey);
      const killed = await call(path, input, token);
      expect(killed.status, JSON.stringify(killed.body)).toBeGreaterThanOrEqual(500);
      expect(await snapshot()).toEqual(before);
      await target.crash().disarm(input.idempotencyKey);

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
      const extraField = await call(path, { ...input, note: 'a different request' }, token);
      expect(extraField.status).toBe(409);
      expect(await snapshot()).toEqual(afterRetry);
    },
  );
}

import { appendFileSync } from 'node:fs';
import { sql, type Kysely } from '@sanbao/db';
import type { Role } from '@sanbao/trpc/auth';
import type { AnyTRPCRouter } from '@trpc/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { badInputs, toJson, type BadInput } from './bad-values.ts';
import type { JsonSchema } from './json-schema-arbitrary.ts';

/** A running service to attack, and how to see whether anything was written. */
export interface BadInputTarget {
  /** Base URL; procedures answer at `${url}/trpc/<path>`. */
  url: string;
  /** One token of each role, of the caller's own tenant. */
  tokens: Record<Role, string>;
  /** Changes whenever any row of the service's schema changes. */
  fingerprint(): Promise<string>;
  /** Waits for work an accepted request started in the background (imports), before rows are compared. */
  settle?: () => Promise<void>;
}

export interface BadInputSuite {
  service: string;
  /** The service's router, built with any dependencies: only its procedure list and input schemas are read. */
  router: AnyTRPCRouter;
  /** Starts the service on its own database; called once. */
  start(): Promise<BadInputTarget & { stop(): Promise<void> }>;
}

/** Inputs per procedure: a few dozen in CI, `BAD_INPUT_RUNS=500` for the long run. */
export const badInputRuns = (): number => Number(process.env.BAD_INPUT_RUNS ?? 30);

interface ProcedureDef {
  _def: { type: 'query' | 'mutation' | 'subscription'; inputs: z.ZodType[] };
}

/** Every procedure of a router with its kind and its input as JSON Schema, read from the router itself. */
export function proceduresOf(router: AnyTRPCRouter) {
  const procedures = router._def.procedures as Record<string, ProcedureDef>;
  return Object.entries(procedures)
    .map(([path, p]) => {
      const input = p._def.inputs[0];
      const schema = input ? (z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema) : undefined;
      return { path, type: p._def.type, schema };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * A fingerprint of every table in a schema: one md5 per table over its rows in a fixed order, so any
 * insert, update or delete anywhere in the service's schema changes it.
 */
export async function schemaFingerprint(db: Kysely<unknown>, schema: string): Promise<string> {
  const { rows: tables } = await sql<{
    name: string;
  }>`select table_name as name from information_schema.tables where table_schema = ${schema} and table_type = 'BASE TABLE' order by 1`.execute(
    db,
  );
  const parts = await Promise.all(
    tables.map(async ({ name }) => {
      const { rows } = await sql<{
        h: string | null;
      }>`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${sql.table(`${schema}.${name}`)} t`.execute(
        db,
      );
      return `${name}:${rows[0]?.h}`;
    }),
  );
  return parts.join(',');
}

const roleOrder: Role[] = ['admin', 'manager', 'system', 'provider', 'warehouse', 'finance'];

async function send(url: string, path: string, type: string, token: string, bad: BadInput): Promise<number> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const text = bad.rawBody ?? toJson(bad.input);
  const res =
    type === 'query'
      ? await fetch(`${url}/trpc/${path}${text === undefined ? '' : `?input=${encodeURIComponent(text)}`}`, { headers })
      : await fetch(`${url}/trpc/${path}`, { method: 'POST', headers, ...(text === undefined ? {} : { body: text }) });
  await res.arrayBuffer();
  return res.status;
}

/** The first role (staff first) the procedure does not refuse for its role. */
async function allowedRole(
  url: string,
  path: string,
  type: string,
  tokens: Record<Role, string>,
): Promise<Role | null> {
  for (const role of roleOrder) {
    const headers = { authorization: `Bearer ${tokens[role]}`, 'content-type': 'application/json' };
    const res =
      type === 'query'
        ? await fetch(`${url}/trpc/${path}?input=%7B%7D`, { headers })
        : await fetch(`${url}/trpc/${path}`, { method: 'POST', headers, body: '{}' });
    const body = (await res.json()) as { error?: { message?: string } };
    if (!(res.status === 403 && /role \w+ may not/.test(body.error?.message ?? ''))) return role;
  }
  return null;
}

const shorten = (value: unknown) => {
  const text = toJson(value) ?? 'undefined';
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
};

/**
 * For every procedure of the service's router — a new procedure is covered without anyone listing it —
 * generated bad inputs sent over HTTP with a token of a role the procedure admits: never a 5xx, and a
 * refused request changes no row. An accepted one (a broken optional field may still be a valid
 * request) may write; the next comparison starts from there.
 */
export function describeBadInputs({ service, router, start }: BadInputSuite) {
  describe(`${service}: generated bad inputs`, () => {
    let target: Awaited<ReturnType<BadInputSuite['start']>>;
    const statuses: Record<string, number> = {};
    let tried = 0;

    beforeAll(async () => {
      target = await start();
    });
    afterAll(async () => {
      await target?.stop();
      const report = process.env.BAD_INPUT_REPORT;
      if (report)
        appendFileSync(
          report,
          `${JSON.stringify({ service, runsPerProcedure: badInputRuns(), procedures: proceduresOf(router).length, inputs: tried, statuses })}\n`,
        );
    });

    it.each(proceduresOf(router))(
      '$path',
      async ({ path, type, schema }) => {
        const role = await allowedRole(target.url, path, type, target.tokens);
        expect(role, `${path}: no role may call it`).not.toBeNull();
        const seed = Number(process.env.BAD_INPUT_SEED ?? Date.now() % 1_000_000);
        const samples = fc.sample(badInputs(schema), { numRuns: badInputRuns(), seed });
        const failures: string[] = [];
        let before = await target.fingerprint();
        for (const bad of samples) {
          const status = await send(target.url, path, type, target.tokens[role!], bad);
          tried++;
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status >= 500) failures.push(`${status} for ${bad.how}: ${shorten(bad.rawBody ?? bad.input)}`);
          if (type !== 'mutation') continue;
          if (status < 300) await target.settle?.();
          const after = await target.fingerprint();
          if (status >= 400 && after !== before)
            failures.push(`${status} but rows changed, for ${bad.how}: ${shorten(bad.rawBody ?? bad.input)}`);
          before = after;
        }
        if (type !== 'mutation') expect(await target.fingerprint(), `${path}: a query changed rows`).toBe(before);
        expect(failures, `${path} as ${role} (BAD_INPUT_SEED=${seed})`).toEqual([]);
      },
      Math.max(60_000, badInputRuns() * 300),
    );
  });
}

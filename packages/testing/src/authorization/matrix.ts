import { roles, type Role } from '@sanbao/trpc/auth';
import type { AnyTRPCRouter } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawTrpcCall } from '../raw-trpc-call.ts';
import { httpMethodOf, routerProcedures, type ProcedureKind } from '../router-procedures.ts';

const staff = ['finance', 'manager', 'admin', 'system'] as const satisfies readonly Role[];
const everyone = roles;

/** Who may call a procedure, and whose records it reaches. */
export interface AccessRow {
  /** The roles the procedure admits; every other role gets FORBIDDEN. */
  allow: readonly Role[];
  /**
   * For provider and warehouse callers: `shared` reference data any tenant reads alike; `own` the
   * tenant's own records, which another tenant's token cannot reach (checked with the tenant cases);
   * `none` when no tenant role is admitted.
   */
  tenant: 'shared' | 'own' | 'none';
}

export type AccessMatrix = Record<string, AccessRow>;

/** A request aimed at tenant A's record, or at shared data, and what tenant B's token gets for it. */
export interface TenantCase {
  role: 'provider' | 'warehouse';
  /** Read when the tests run, after `start` made the records. */
  input: () => unknown;
  /**
   * The refusal; `EMPTY` for a list asked about A's record that simply holds nothing; `OWN_ONLY` for a
   * list that holds B's own records and none of A's; `OK` for shared data B reads like A.
   */
  otherGets: 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_REQUEST' | 'EMPTY' | 'OWN_ONLY' | 'OK';
}

const tenantCase =
  (role: TenantCase['role']) =>
  (input: () => unknown, otherGets: TenantCase['otherGets'] = 'NOT_FOUND'): TenantCase => ({ role, input, otherGets });

/** Building blocks for writing a matrix and its tenant cases. */
export const access = {
  everyone,
  staff,
  row: (allow: readonly Role[], tenant: AccessRow['tenant']): AccessRow => ({ allow, tenant }),
  /** The same row for each of these procedures. */
  rows: (allow: readonly Role[], tenant: AccessRow['tenant'], paths: readonly string[]): AccessMatrix =>
    Object.fromEntries(paths.map((path) => [path, { allow, tenant }])),
  /** What another provider's token gets for this input (not found, unless said otherwise). */
  otherProvider: tenantCase('provider'),
  /** What staff of another warehouse get for this input (not found, unless said otherwise). */
  otherWarehouse: tenantCase('warehouse'),
};

export interface MatrixTarget {
  url: string;
  /** Tokens of tenant A (own), per role. */
  tokens: Record<Role, string>;
  /** Tokens of tenant B for the tenant roles. */
  otherTenant: Record<'provider' | 'warehouse', string>;
  /** The service's tables as they stand (see `fingerprintTables`): another tenant's refused calls write nothing. */
  snapshot(): Promise<unknown>;
  stop(): Promise<void>;
}

interface Answer {
  status: number;
  code: string | undefined;
  message: string;
  data: unknown;
}

async function call(url: string, path: string, type: ProcedureKind, token: string, input: unknown): Promise<Answer> {
  const { status, body } = await rawTrpcCall(url, path, input ?? {}, token, httpMethodOf(type));
  return { status, code: body.error?.data.code, message: body.error?.message ?? '', data: body.result?.data };
}

/** The records of a list answer: the array itself, or the one array of a page (`items`, `lines`, …). */
const recordsOf = (data: unknown): unknown[] | undefined =>
  Array.isArray(data)
    ? data
    : (Object.values((data ?? {}) as Record<string, unknown>).find(Array.isArray) as unknown[] | undefined);

const refusedForRole = (a: Answer) => a.status === 403 && /role \w+ may not/.test(a.message);
const refusals = (cases: TenantCase[]) => cases.filter((c) => c.otherGets !== 'OK');

/**
 * The authorization matrix as data, run against a live service: every procedure × every role (own
 * tenant), and the tenant cases: the other tenant's token aimed at the own tenant's records (refused, or
 * a list of its own), or at shared data (read alike); what it was refused writes nothing. A procedure of
 * the router without a row, or a row without a procedure, fails the test.
 */
export function describeAuthorizationMatrix({
  service,
  router,
  matrix,
  tenantCases = {},
  start,
}: {
  service: string;
  router: AnyTRPCRouter;
  matrix: AccessMatrix;
  tenantCases?: Record<string, TenantCase[]>;
  start(): Promise<MatrixTarget>;
}) {
  const procedures = routerProcedures(router);
  const typeOf = new Map(procedures.map((p) => [p.path, p.type]));
  const cased = Object.entries(tenantCases).map(([path, cases]) => ({ path, cases, type: typeOf.get(path)! }));

  describe(`${service}: authorization matrix`, () => {
    let target: MatrixTarget;
    beforeAll(async () => {
      target = await start();
    });
    afterAll(() => target?.stop());

    it('has a row for every procedure, and no row for a procedure that does not exist', () => {
      expect(Object.keys(matrix).sort()).toEqual(procedures.map((p) => p.path).sort());
    });

    it('has a tenant case for every tenant-scoped procedure; refusals only where records are own, reads only where shared', () => {
      const scoped = Object.entries(matrix).filter(([, row]) => row.tenant === 'own');
      expect(scoped.filter(([path]) => !tenantCases[path]?.length).map(([path]) => path)).toEqual([]);
      const misplaced = cased.flatMap(({ path, cases }) =>
        cases
          .filter((c) => (c.otherGets === 'OK') !== (matrix[path]?.tenant === 'shared'))
          .map((c) => `${path}: ${c.otherGets} on a ${matrix[path]?.tenant ?? 'missing'} row`),
      );
      expect(misplaced).toEqual([]);
    });

    it.each(procedures)('$path: each role gets what the matrix says', async ({ path, type }) => {
      const row = matrix[path];
      expect(row, `${path} has no row in the matrix`).toBeDefined();
      const wrong: string[] = [];
      for (const role of roles) {
        const answer = await call(target.url, path, type, target.tokens[role], {});
        const allowed = row!.allow.includes(role);
        if (allowed === refusedForRole(answer))
          wrong.push(`${role}: expected ${allowed ? 'admitted' : 'FORBIDDEN'}, got ${answer.status} ${answer.message}`);
      }
      expect(wrong).toEqual([]);
    });

    it.each(cased)('$path: another tenant gets only its own records and shared data', async ({ path, type, cases }) => {
      for (const c of cases) {
        const other = await call(target.url, path, type, target.otherTenant[c.role], c.input());
        const whose = `${c.role} of another tenant: ${other.status} ${other.message}`;
        if (c.otherGets === 'OK') expect(other.status, whose).toBe(200);
        else if (c.otherGets === 'EMPTY') expect(recordsOf(other.data), whose).toEqual([]);
        else if (c.otherGets === 'OWN_ONLY') expect(recordsOf(other.data), whose).toBeDefined();
        else expect(other.code, whose).toBe(c.otherGets);
        // The owner reads the same: the other was refused for whose record it is. (Changes are not
        // repeated by the owner, so the fixtures keep their states.)
        if (type !== 'query') continue;
        const own = await call(target.url, path, type, target.tokens[c.role], c.input());
        expect(own.status, `${c.role} of the own tenant: ${own.message}`).toBe(200);
        if (c.otherGets !== 'EMPTY' && c.otherGets !== 'OWN_ONLY') continue;
        const owned = recordsOf(own.data)!;
        expect(owned, 'the own tenant’s list holds its records').toEqual(expect.arrayContaining([expect.anything()]));
        const seen = new Set(owned.map((r) => JSON.stringify(r)));
        expect(
          recordsOf(other.data)!.filter((r) => seen.has(JSON.stringify(r))),
          whose,
        ).toEqual([]);
      }
    });

    if (cased.some(({ cases }) => refusals(cases).length))
      it('nothing another tenant was refused wrote anything', async () => {
        const before = await target.snapshot();
        for (const { path, type, cases } of cased)
          for (const c of refusals(cases))
            await rawTrpcCall(target.url, path, c.input(), target.otherTenant[c.role], httpMethodOf(type));
        expect(await target.snapshot()).toEqual(before);
      });
  });
}

import { roles, type Role } from '@sanbao/trpc/auth';
import type { AnyTRPCRouter } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const staff = ['finance', 'manager', 'admin', 'system'] as const satisfies readonly Role[];
const everyone = roles;

/** Who may call a procedure, and whose records it reaches. */
export interface AccessRow {
  /** The roles the procedure admits; every other role gets FORBIDDEN. */
  allow: readonly Role[];
  /**
   * For provider and warehouse callers: `shared` reference data any tenant reads alike; `own` the
   * tenant's own records, which another tenant's token cannot reach (checked with `tenantCases`);
   * `none` when no tenant role is admitted.
   */
  tenant: 'shared' | 'own' | 'none';
}

export type AccessMatrix = Record<string, AccessRow>;

/** Building blocks for writing a matrix. */
export const access = {
  everyone,
  staff,
  row: (allow: readonly Role[], tenant: AccessRow['tenant']): AccessRow => ({ allow, tenant }),
};

/** A request aimed at tenant A's record, and what tenant B's token gets for it. */
export interface TenantCase {
  role: 'provider' | 'warehouse';
  input: () => unknown;
  /** The refusal, or `EMPTY` for a list that simply holds nothing of tenant A's. */
  otherGets: 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_REQUEST' | 'EMPTY';
}

export interface MatrixTarget {
  url: string;
  /** Tokens of tenant A (own), per role. */
  tokens: Record<Role, string>;
  /** Tokens of tenant B for the tenant roles. */
  otherTenant: Record<'provider' | 'warehouse', string>;
  tenantCases: Record<string, TenantCase[]>;
  stop(): Promise<void>;
}

interface ProcedureDef {
  _def: { type: 'query' | 'mutation' | 'subscription' };
}

interface Answer {
  status: number;
  code: string | undefined;
  message: string;
  data: unknown;
}

async function call(url: string, path: string, type: string, token: string, input: unknown): Promise<Answer> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const text = JSON.stringify(input ?? {});
  const res =
    type === 'query'
      ? await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(text)}`, { headers })
      : await fetch(`${url}/trpc/${path}`, { method: 'POST', headers, body: text });
  const body = (await res.json()) as {
    result?: { data?: unknown };
    error?: { message?: string; data?: { code?: string } };
  };
  return {
    status: res.status,
    code: body.error?.data?.code,
    message: body.error?.message ?? '',
    data: body.result?.data,
  };
}

/** The records of a list answer: the array itself, or a page's `items`. */
const recordsOf = (data: unknown): unknown =>
  Array.isArray(data) ? data : (data as { items?: unknown } | undefined)?.items;

const refusedForRole = (a: Answer) => a.status === 403 && /role \w+ may not/.test(a.message);

/**
 * The authorization matrix as data, run against a live service: every procedure × every role (own
 * tenant), and for tenant-scoped procedures the other tenant's token aimed at the own tenant's record.
 * A procedure of the router without a row, or a row without a procedure, fails the test.
 */
export function describeAuthorizationMatrix({
  service,
  router,
  matrix,
  start,
}: {
  service: string;
  router: AnyTRPCRouter;
  matrix: AccessMatrix;
  start(): Promise<MatrixTarget>;
}) {
  const procedures = Object.entries(router._def.procedures as Record<string, ProcedureDef>).map(([path, p]) => ({
    path,
    type: p._def.type,
  }));

  describe(`${service}: authorization matrix`, () => {
    let target: MatrixTarget;
    beforeAll(async () => {
      target = await start();
    });
    afterAll(() => target?.stop());

    it('has a row for every procedure, and no row for a procedure that does not exist', () => {
      expect(Object.keys(matrix).sort()).toEqual(procedures.map((p) => p.path).sort());
    });

    it('has a tenant case for every tenant-scoped procedure', () => {
      const scoped = Object.entries(matrix)
        .filter(([, row]) => row.tenant === 'own')
        .map(([path]) => path);
      expect(scoped.filter((path) => !target.tenantCases[path]?.length)).toEqual([]);
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

    it.each(procedures.filter((p) => matrix[p.path]?.tenant === 'own'))(
      '$path: another tenant cannot reach this tenant’s records',
      async ({ path, type }) => {
        for (const c of target.tenantCases[path] ?? []) {
          const other = await call(target.url, path, type, target.otherTenant[c.role], c.input());
          if (c.otherGets === 'EMPTY')
            expect(recordsOf(other.data), `${c.role} of another tenant: ${other.status} ${other.message}`).toEqual([]);
          else expect(other.code, `${c.role} of another tenant: ${other.message}`).toBe(c.otherGets);
          // The owner reads the same record: the other was refused for whose record it is. (Changes are
          // not repeated by the owner, so the fixtures keep their states.)
          if (type !== 'query') continue;
          const own = await call(target.url, path, type, target.tokens[c.role], c.input());
          expect(own.status, `${c.role} of the own tenant: ${own.message}`).toBe(200);
          if (c.otherGets === 'EMPTY')
            expect(recordsOf(own.data), 'the own tenant’s list holds the record').toEqual(
              expect.arrayContaining([expect.anything()]),
            );
        }
      },
    );
  });
}

import { createLogger } from '@sanbao/logger';
import { router, authedProcedure } from '@sanbao/trpc';
import { initTRPC } from '@trpc/server';
import { expect, it } from 'vitest';
import { createService } from './create-service.ts';

const log = createLogger({ name: 'create-service-test', level: 'silent' });
const verifyToken = async () => ({ sub: 'u', role: 'admin' as const });

it('mounts a router built on the request context', async () => {
  const service = createService({
    name: 'typed',
    log,
    readiness: {},
    trpc: { verifyToken, router: router({ whoami: authedProcedure.query(({ ctx }) => ctx.user.role) }) },
  });
  const res = await service.app.request('/trpc/whoami', { headers: { authorization: 'Bearer any' } });
  expect(await res.json()).toEqual({ result: { data: 'admin' } });
});

it('refuses, at compile time, a router whose procedures expect another context', () => {
  const other = initTRPC.context<{ tenantDb: string }>().create();
  const foreign = other.router({ peek: other.procedure.query(({ ctx }) => ctx.tenantDb) });
  const build = () =>
    // @ts-expect-error the service builds a RequestContext, which has no tenantDb
    createService({ name: 'untyped', log, readiness: {}, trpc: { verifyToken, router: foreign } });
  expect(build).not.toThrow();
});

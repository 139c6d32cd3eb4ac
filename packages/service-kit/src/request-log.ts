import { randomUUID } from 'node:crypto';
import type { Logger } from '@sanbao/logger';
import { createMiddleware } from 'hono/factory';

export interface ServiceVariables {
  requestId: string;
  log: Logger;
}

const validRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/** Gives each request an id (the caller's x-request-id when sane), a child logger, and one log line. */
export function requestLog(log: Logger, onStart: () => void, onEnd: () => void) {
  return createMiddleware<{ Variables: ServiceVariables }>(async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && validRequestId.test(incoming) ? incoming : randomUUID();
    const child = log.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', child);
    c.header('x-request-id', requestId);
    const started = performance.now();
    onStart();
    try {
      await next();
    } finally {
      onEnd();
      const ms = Math.round((performance.now() - started) * 10) / 10;
      const quiet = c.req.path === '/healthz' || c.req.path === '/readyz';
      child[quiet ? 'debug' : 'info']({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, 'request');
    }
  });
}

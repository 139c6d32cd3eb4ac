// A real process built from the kit exactly as services' main.ts files are, with one slow procedure,
// so the drain-on-SIGTERM behaviour can be observed from outside.
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '@sanbao/logger';
import { publicProcedure, router } from '@sanbao/trpc';
import { createTokenVerifier } from '@sanbao/trpc/auth';
import { createService } from '../src/create-service.ts';
import { serveService } from '../src/serve.ts';

const log = createLogger({ name: 'slow-fixture', level: 'info' });
const slowRouter = router({
  slow: publicProcedure.query(async () => {
    await sleep(Number(process.argv[2] ?? 1500));
    return { finished: true };
  }),
});
const service = createService({
  name: 'slow-fixture',
  log,
  trpc: {
    router: slowRouter,
    verifyToken: createTokenVerifier({ issuer: 'sanbao', audience: 'sanbao', secret: 'fixture-secret-0123456789' }),
  },
  readiness: {},
});
const running = await serveService(service, {
  host: '127.0.0.1',
  port: 0,
  log,
  shutdownTimeoutMs: 10_000,
  handleSignals: true,
});
process.stdout.write(`READY ${running.url}\n`);

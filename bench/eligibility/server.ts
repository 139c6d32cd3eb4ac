// The warranty service as its own process for the benchmark (no Temporal: the check never touches it).
import { createDatabase } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { serveService } from '@sanbao/service-kit';
import { createTokenVerifier } from '@sanbao/trpc/auth';
import { createWarrantyApp } from '@sanbao/warranty/app';
import type { WarrantyDatabase } from '@sanbao/warranty/schema';

const [url, secret, poolMax] = process.argv.slice(2) as [string, string, string];
const log = createLogger({ name: 'bench-warranty', level: 'warn' });
const database = createDatabase<WarrantyDatabase>({ url, schema: 'warranty', poolMax: Number(poolMax) });
const verifyToken = createTokenVerifier({ issuer: 'sanbao', audience: 'sanbao', secret });
const running = await serveService(createWarrantyApp({ database, log, verifyToken }), {
  host: '127.0.0.1',
  port: 0,
  log,
  shutdownTimeoutMs: 5000,
  handleSignals: true,
  onClosed: () => database.close(),
});
process.stdout.write(`READY ${running.url}\n`);

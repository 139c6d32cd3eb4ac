import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@sanbao/testing';
import { createTestDatabase, startTestPostgres, type TestDatabase } from '@sanbao/testing/postgres';
import { startTestTemporal, type TemporalServer } from '@sanbao/testing/temporal';
import { devApps, migrateEntry, type DevApp } from '../../../../infra/dev/apps.ts';
import { runToEnd, startProcess, stopProcess } from '../../../../infra/dev/processes.ts';

/**
 * The whole suite for one e2e file, started as production runs it: a fresh Postgres database, a Temporal
 * dev server, each app's migrate.ts, seed and demo data, then every app of infra/dev/apps.ts (warranty, parts,
 * worker, gateway serving the built bundle with password login; approvals once it exists) on free ports.
 */
export interface RealStack {
  /** The gateway: the web UI, /auth and /api/<service>. */
  url: string;
  /** Whether the suite has this app (approvals is optional until it lands). */
  has: (app: string) => boolean;
  stop: () => Promise<void>;
}

export interface RealStackOptions {
  distDir: string;
  /** Extra gateway variables, e.g. short token lifetimes or a low lockout threshold. */
  gatewayEnv?: Record<string, string>;
  /** Output of the processes (quiet unless E2E_VERBOSE is set). */
  log?: (line: string) => void;
}

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const secret = 'sanbao-e2e-secret-0123456789abcdef';

/** Each app's dev address (http://127.0.0.1:<dev port>) in another app's env, moved to its e2e port. */
function rewriteUrls(env: Record<string, string>, ports: Map<number, number>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([k, v]) => [
      k,
      v.replace(/http:\/\/127\.0\.0\.1:(\d+)/g, (m, port: string) => {
        const moved = ports.get(Number(port));
        return moved === undefined ? m : `http://127.0.0.1:${moved}`;
      }),
    ]),
  );
}

async function waitReady(name: string, url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${name}: ${url}/readyz not ready within ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function startRealStack(options: RealStackOptions): Promise<RealStack> {
  const print =
    options.log ?? (process.env.E2E_VERBOSE ? (line: string) => process.stderr.write(`${line}\n`) : () => {});
  // The processes' last words, for the error when the stack does not come up.
  const tail: string[] = [];
  const log = (line: string) => {
    tail.push(line);
    if (tail.length > 80) tail.shift();
    print(line);
  };
  const apps: DevApp[] = devApps.filter((app) => existsSync(join(root, app.entry)));
  const children: ChildProcess[] = [];
  let temporal: TemporalServer | undefined;
  let database: TestDatabase | undefined;
  let postgresStop: (() => Promise<void>) | undefined;
  const tempDir = await mkdtemp(join(tmpdir(), 'sanbao-e2e-'));

  const stop = async () => {
    await Promise.all(children.map((c) => stopProcess(c, 10_000)));
    await temporal?.stop().catch(() => {});
    await database?.drop().catch(() => {});
    await postgresStop?.().catch(() => {});
    await rm(tempDir, { recursive: true, force: true });
  };

  try {
    const postgres = await startTestPostgres(process.env, log);
    postgresStop = postgres.stop;
    [database, temporal] = await Promise.all([
      // No schemas in the template: each app migrates its own, as in production.
      createTestDatabase(postgres.adminUrl, {}),
      startTestTemporal(process.env, join(tempDir, 'temporal.sqlite')),
    ]);

    const ports = new Map<number, number>();
    const portOf: Record<string, number> = {};
    for (const app of apps) {
      portOf[app.name] = await freePort();
      ports.set(app.port, portOf[app.name]!);
    }
    const { PATH, HOME, LANG, TZ } = process.env;
    const baseEnv: NodeJS.ProcessEnv = {
      PATH,
      HOME,
      LANG,
      TZ,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.E2E_VERBOSE ? 'info' : 'warn',
      JWT_SECRET: secret,
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: temporal.address,
      // A task queue of its own, so a worker of another run never takes this run's workflows.
      TEMPORAL_TASK_QUEUE: `sanbao-e2e-${portOf.gateway}`,
    };

    for (const app of apps.filter((a) => a.migrates)) {
      await runToEnd(join(root, migrateEntry(app)), ['up'], baseEnv, { quiet: true });
      // What the app cannot work without (the approval policies), then the demo data.
      if (app.seed) await runToEnd(join(root, app.seed), [], baseEnv, { quiet: true });
      if (app.demo) await runToEnd(join(root, app.demo), [], baseEnv, { quiet: true });
    }

    const urls: Record<string, string> = Object.fromEntries(
      apps.map((a) => [a.name, `http://127.0.0.1:${portOf[a.name]}`]),
    );
    apps.forEach((app, index) => {
      const own = app.name === 'gateway' ? { WEB_DIST: options.distDir, IDENTITY: 'true', ...options.gatewayEnv } : {};
      const env = { ...baseEnv, ...rewriteUrls(app.env(urls), ports), ...own, PORT: String(portOf[app.name]) };
      const child = startProcess(app.name, join(root, app.entry), env, index, log);
      children.push(child);
    });
    await Promise.all(apps.map((app, i) => waitReady(app.name, urls[app.name]!, children[i]!, 90_000)));

    const names = new Set(apps.map((a) => a.name));
    return { url: urls.gateway!, has: (app) => names.has(app), stop };
  } catch (error) {
    await stop();
    throw new Error(
      `the suite did not start: ${error instanceof Error ? error.message : String(error)}${tail.length ? `\n${tail.join('\n')}` : ''}`,
      { cause: error },
    );
  }
}

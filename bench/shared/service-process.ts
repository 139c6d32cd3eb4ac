import { spawn } from 'node:child_process';
import { freePort } from '@sanbao/testing';

export interface ServiceProcess {
  url: string;
  stop(): Promise<void>;
}

/** Runs a script to its end in its own process (a migration), as the dev stack and production do. */
export function runToEnd(entry: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${entry} ${args.join(' ')} exited ${code}`))));
  });
}

/**
 * Starts a service's main.ts as production does — its own process, configured only by its
 * environment — and resolves once its /readyz answers 200 (its database and Temporal are reachable).
 */
export async function startServiceProcess(entry: string, env: Record<string, string>): Promise<ServiceProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [entry], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited: number | null | undefined;
  const gone = new Promise<void>((resolve) => child.once('exit', (code) => ((exited = code), resolve())));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`${entry} exited ${exited} before it was ready`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${entry} was not ready at ${url}/readyz within 60s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    async stop() {
      if (exited === undefined) child.kill('SIGTERM');
      await gone;
      process.off('exit', killOnExit);
    },
  };
}

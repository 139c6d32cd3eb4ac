import { spawn } from 'node:child_process';
import { freePort } from './free-port.ts';

export interface ServiceProcess {
  url: string;
  /** Sends the signal and resolves with the exit code (null when killed by a signal). */
  kill(signal: 'SIGKILL' | 'SIGTERM'): Promise<number | null>;
}

/** Runs a script to its end in its own process (a migration), as the dev stack and production do. */
export function runToEnd(entry: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${entry} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/**
 * Runs a service's main.ts as production does — its own process, configured only by its environment —
 * and resolves once its /readyz answers 200 (its database and Temporal are reachable).
 */
export async function startServiceProcess(entry: string, env: Record<string, string>): Promise<ServiceProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [entry], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve((exitCode = code))));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const kill = async (signal: 'SIGKILL' | 'SIGTERM') => {
    if (exitCode === undefined) child.kill(signal);
    const code = await exited;
    process.off('exit', killOnExit);
    return code;
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`${entry} exited ${exitCode} before it was ready`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      await kill('SIGKILL');
      throw new Error(`${entry} was not ready at ${url}/readyz within 60s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, kill };
}

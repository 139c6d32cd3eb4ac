import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { findTemporalCli, temporalInstallHint } from './find-temporal-cli.ts';
import { freePort } from './free-port.ts';

export interface TemporalServer {
  address: string;
  uiUrl: string | undefined;
  stop(): Promise<void>;
}

export interface DevServerSettings {
  cli: string;
  dbFilename: string;
  port?: number;
  uiPort?: number;
  /** Without the UI the server starts faster; tests do not need it. */
  headless: boolean;
  onOutput?: (line: string) => void;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** `temporal server start-dev` with a SQLite file; resolves once the frontend accepts connections. */
export async function startTemporalDevServer(settings: DevServerSettings): Promise<TemporalServer> {
  const port = settings.port ?? (await freePort());
  if (await portAnswers(port)) {
    throw new Error(
      `port ${port} is already taken: is another Temporal server running? Point TEMPORAL_ADDRESS at it to use it.`,
    );
  }
  const uiPort = settings.uiPort ?? (await freePort());
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--db-filename',
    settings.dbFilename,
    '--log-level',
    'warn',
  ];
  if (settings.headless) args.push('--headless');
  else args.push('--ui-port', String(uiPort));
  // Workflows in tests signal and query right after starting; a short cache refresh keeps that snappy.
  args.push('--dynamic-config-value', 'frontend.enableUpdateWorkflowExecution=true');
  const child: ChildProcess = spawn(settings.cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-4000);
    settings.onOutput?.(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exited = false;
  // Never outlive the process that started it, however that process ends.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => {
    exited = true;
    process.off('exit', killOnExit);
  });

  const deadline = Date.now() + 60_000;
  while (!(await portAnswers(port))) {
    if (exited) throw new Error(`temporal dev server exited during start:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`temporal dev server did not answer on port ${port} within 60s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    address: `127.0.0.1:${port}`,
    uiUrl: settings.headless ? undefined : `http://127.0.0.1:${uiPort}`,
    async stop() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/** For a test run: TEMPORAL_ADDRESS when set, else a dev server of our own. Never a silent skip. */
export async function startTestTemporal(
  env: Record<string, string | undefined>,
  dbFilename: string,
): Promise<TemporalServer> {
  if (env.TEMPORAL_ADDRESS) {
    return { address: env.TEMPORAL_ADDRESS, uiUrl: undefined, stop: async () => {} };
  }
  const cli = findTemporalCli(env);
  if (!cli) throw new Error(`No Temporal server for the integration tests. ${temporalInstallHint}`);
  return startTemporalDevServer({ cli, dbFilename, headless: true });
}

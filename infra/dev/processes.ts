import { spawn, type ChildProcess } from 'node:child_process';

const colours = [36, 35, 33, 32, 34, 31];

/** Runs a node entry as a child, its output prefixed with the app's name. */
export function startProcess(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  index: number,
  write?: (line: string) => void,
): ChildProcess {
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `\u001b[${colours[index % colours.length]}m${name.padEnd(9)}\u001b[0m│ `;
  const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n'))
      if (line) (write ?? ((l: string) => stream.write(`${l}\n`)))(`${prefix}${line}`);
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  return child;
}

/** `quiet` keeps the output, and shows it only in the error when the script fails (the e2e harness). */
export function runToEnd(
  entry: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { quiet?: boolean } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      env,
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${entry} ${args.join(' ')} exited ${code}${output ? `:\n${output}` : ''}`)),
    );
  });
}

export function stopProcess(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url}/healthz did not answer within ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

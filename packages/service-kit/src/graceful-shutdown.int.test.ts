import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('../test/slow-service.fixture.ts', import.meta.url));

it('SIGTERM during a slow request: the request completes, then the process exits 0', async () => {
  const child = spawn(process.execPath, [fixture, '1500'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;

  const deadline = Date.now() + 20_000;
  while (!/READY (\S+)/.test(stdout)) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`fixture did not start:\n${stdout}\n${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = /READY (\S+)/.exec(stdout)![1]!;

  const started = Date.now();
  const slow = fetch(`${url}/trpc/slow`);
  await new Promise((r) => setTimeout(r, 300)); // the request is now in flight
  child.kill('SIGTERM');

  const response = await slow;
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ result: { data: { finished: true } } });
  expect(Date.now() - started).toBeGreaterThanOrEqual(1400);

  const [code, signal] = await exited;
  expect(signal).toBeNull();
  expect(code).toBe(0);
  expect(stdout).toContain('draining in-flight requests');
  await expect(fetch(`${url}/healthz`)).rejects.toThrow();
});

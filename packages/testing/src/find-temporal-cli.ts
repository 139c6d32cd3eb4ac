import { accessSync, constants, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * The Temporal CLI release the project builds with `go install`. Written once, in temporal-cli.json,
 * so that infra/bootstrap.mjs (plain JavaScript, any Node) reads the same value.
 */
export const temporalCliVersion: string = (
  JSON.parse(readFileSync(new URL('../temporal-cli.json', import.meta.url), 'utf8')) as { version: string }
).version;

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The `temporal` CLI: TEMPORAL_CLI, else PATH, else where `go install` puts it. */
export function findTemporalCli(env: Record<string, string | undefined>): string | undefined {
  if (env.TEMPORAL_CLI) return executable(env.TEMPORAL_CLI) ? env.TEMPORAL_CLI : undefined;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const goBins = [env.GOBIN, env.GOPATH && join(env.GOPATH, 'bin'), join(homedir(), 'go', 'bin')].filter(
    (d): d is string => Boolean(d),
  );
  return [...dirs, ...goBins].map((d) => join(d, 'temporal')).find(executable);
}

export const temporalInstallHint =
  `Install the Temporal CLI: \`go install github.com/temporalio/cli/cmd/temporal@${temporalCliVersion}\` (needs Go), ` +
  'or set TEMPORAL_CLI to its path, or point TEMPORAL_ADDRESS at a running server.';

import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

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
  const goBins = [env.GOBIN, env.GOPATH && join(env.GOPATH, 'bin'), join(homedir(), 'go', 'bin')].filter((d): d is string => Boolean(d));
  return [...dirs, ...goBins].map((d) => join(d, 'temporal')).find(executable);
}

export const temporalInstallHint =
  'Install the Temporal CLI: `go install github.com/temporalio/cli/cmd/temporal@v1.5.1` (needs Go), ' +
  'or set TEMPORAL_CLI to its path, or point TEMPORAL_ADDRESS at a running server.';

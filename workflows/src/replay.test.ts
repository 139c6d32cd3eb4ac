import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';

// Histories recorded from real runs (SAVE_HISTORIES=1 on the worker's integration test) must replay
// against today's workflow code: a change that would break running workflows fails here first.
const historiesDir = new URL('../histories/', import.meta.url);
const workflowsPath = fileURLToPath(new URL('./workflows.ts', import.meta.url));

describe('saved workflow histories replay deterministically', async () => {
  const files = (await readdir(historiesDir)).filter((f) => f.endsWith('.json'));

  it('there is at least one saved history', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)(
    '%s',
    async (file) => {
      // runReplayHistory takes the JSON form (`temporal workflow show --output json`) as it is.
      const history: unknown = JSON.parse(await readFile(new URL(file, historiesDir), 'utf8'));
      await Worker.runReplayHistory({ workflowsPath }, history, `replay-${file}`);
    },
    60_000,
  );
});

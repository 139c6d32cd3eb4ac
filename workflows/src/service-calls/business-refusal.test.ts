import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { trpcError } from '../testing/fake-trpc.ts';
import { callService, toActivityFailure } from './business-refusal.ts';

describe('toActivityFailure: business refusals are mapped once', () => {
  it.each(['BAD_REQUEST', 'CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED', 'UNPROCESSABLE_CONTENT'])(
    '%s becomes a non-retryable ApplicationFailure',
    (code) => {
      const failure = toActivityFailure('requests.approve', trpcError(code, 'the service said no'));
      expect(failure).toBeInstanceOf(ApplicationFailure);
      expect(failure).toMatchObject({
        type: code,
        nonRetryable: true,
        message: 'requests.approve: the service said no',
      });
    },
  );

  it.each([
    ['a server error', trpcError('INTERNAL_SERVER_ERROR', 'Internal server error')],
    ['an expired token', trpcError('UNAUTHORIZED', 'token expired')],
    [
      'a first call with the same key still running',
      trpcError('CONFLICT', 'a request with this idempotencyKey is still in progress'),
    ],
    ['a network failure', new TypeError('fetch failed')],
  ])('%s stays retryable (rethrown as it is)', (_name, error) => {
    expect(toActivityFailure('requests.approve', error)).toBe(error);
  });

  it('callService passes answers through and maps failures', async () => {
    await expect(callService('x', async () => 42)).resolves.toBe(42);
    await expect(callService('x', async () => Promise.reject(trpcError('NOT_FOUND', 'gone')))).rejects.toMatchObject({
      type: 'NOT_FOUND',
      nonRetryable: true,
    });
  });
});

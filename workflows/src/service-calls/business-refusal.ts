import { ApplicationFailure } from '@temporalio/common';

/** tRPC codes that mean "the service said no": retrying the same call cannot change the answer. */
export const refusalCodes = [
  'BAD_REQUEST',
  'CONFLICT',
  'NOT_FOUND',
  'FORBIDDEN',
  'PRECONDITION_FAILED',
  'UNPROCESSABLE_CONTENT',
] as const;
export type RefusalCode = (typeof refusalCodes)[number];

/** The tRPC error code a failed call carries (a TRPCClientError's `data.code`), if any. */
export function trpcCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data = (error as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return undefined;
  const code = (data as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// The idempotency middleware answers CONFLICT while a first call with the same key is still running
// (an activity retried after a timeout): that one clears up by itself, so it stays retryable.
const stillInProgress = (error: unknown) => /still in progress/i.test(messageOf(error));

export const isRefusalCode = (code: string | undefined): code is RefusalCode =>
  (refusalCodes as readonly string[]).includes(code ?? '');

/**
 * The one mapping from a failed service call to what the activity throws: a business refusal becomes a
 * non-retryable ApplicationFailure whose `type` is the tRPC code; anything else (network, 5xx, an expired
 * token) is rethrown as is, for Temporal to retry.
 */
export function toActivityFailure(what: string, error: unknown): unknown {
  const code = trpcCodeOf(error);
  if (!isRefusalCode(code) || (code === 'CONFLICT' && stillInProgress(error))) return error;
  return ApplicationFailure.create({
    message: `${what}: ${messageOf(error)}`,
    type: code,
    nonRetryable: true,
    details: [{ code, message: messageOf(error) }],
  });
}

/** Runs one service call, mapping its failure once. */
export async function callService<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toActivityFailure(what, error);
  }
}

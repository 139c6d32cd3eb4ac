import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

export type DomainErrorCode =
  'BAD_REQUEST' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'PRECONDITION_FAILED' | 'UNPROCESSABLE_CONTENT';

/**
 * A business rule said no. Services throw these; the tRPC edge maps them once to TRPCError codes
 * and the workflow activities map them to non-retryable ApplicationFailures.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** The input field at fault, as a dotted path, where there is one. */
  readonly field: string | undefined;
  constructor(code: DomainErrorCode, message: string, field?: string) {
    super(field ? `${field}: ${message}` : message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
  }
}

export const badRequest = (field: string, message: string) => new DomainError('BAD_REQUEST', message, field);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const preconditionFailed = (message: string) => new DomainError('PRECONDITION_FAILED', message);
/** A referenced record the caller may not see, or that does not exist, named by its input field. */
export const notFoundField = (field: string, what: string) => new DomainError('NOT_FOUND', `${what} not found`, field);

export const trpcCodeOf: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_REQUEST: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  UNPROCESSABLE_CONTENT: 'UNPROCESSABLE_CONTENT',
};

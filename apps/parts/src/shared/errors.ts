import { DomainError } from '@sanbao/trpc';

export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const preconditionFailed = (message: string) => new DomainError('PRECONDITION_FAILED', message);
/** A referenced record the caller may not see, or that does not exist, named by its input field. */
export const notFoundField = (field: string, what: string) => new DomainError('NOT_FOUND', `${what} not found`, field);

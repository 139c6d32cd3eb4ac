export type { RequestContext } from './context.ts';
export { DomainError, badRequest, notFound, conflict, type DomainErrorCode } from './errors.ts';
export type { FieldError, SanbaoErrorData } from './error-formatter.ts';
export { router, middleware, mergeRouters, createCallerFactory, publicProcedure, authedProcedure, roleProcedure, internalProcedure } from './procedures.ts';
export { textFault, inputFault, maxInputDepth } from './input-guard.ts';
export { retryAfterSeconds } from './unavailable.ts';

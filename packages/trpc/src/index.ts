export type { RequestContext } from './context.ts';
export {
  DomainError,
  badRequest,
  notFound,
  notFoundField,
  conflict,
  forbidden,
  preconditionFailed,
  type DomainErrorCode,
} from './errors.ts';
export type { FieldError, SanbaoErrorData } from './error-formatter.ts';
export {
  router,
  middleware,
  mergeRouters,
  createCallerFactory,
  publicProcedure,
  authedProcedure,
  roleProcedure,
  internalProcedure,
} from './procedures.ts';
export { mutationProcedure } from './mutation-procedure.ts';
export { serviceRouter } from './service-router.ts';
export { tenancyOf, canSee, listFilter, actorOf, tenantLabel, type Tenancy } from './tenancy.ts';
export { textFault, inputFault, maxInputDepth } from './input-guard.ts';
export { retryAfterSeconds } from './unavailable.ts';

export type { IdempotencyTable } from './store.ts';
export { idempotencyKeySchema, scopeOf, type MutationContext } from './middleware.ts';
export { maxInputDepth } from './request-hash.ts';
export { createIdempotencyKeysTable, dropIdempotencyKeysTable } from './table.ts';

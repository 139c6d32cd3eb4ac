export { createIdempotencyStore, idempotencyMigration, type IdempotencyStore, type IdempotencyTable } from './store.ts';
export { idempotent, idempotencyKeySchema } from './middleware.ts';

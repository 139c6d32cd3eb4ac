import { randomUUID } from 'node:crypto';

/** A fresh idempotency key; the label tells the calls of a test apart in the database. */
export const idempotencyKey = (label = 'k') => `${label}-${randomUUID()}`;

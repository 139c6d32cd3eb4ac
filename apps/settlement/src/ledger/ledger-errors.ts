import { DomainError, type DomainErrorCode } from '@sanbao/trpc';

/** Why the ledger refused a batch. A refused batch writes nothing. */
export type LedgerRefusalReason =
  | 'invalid_legs'
  | 'duplicate_key_in_batch'
  | 'unknown_account'
  | 'currency_mismatch'
  | 'limit_exceeded'
  | 'pending_not_found'
  | 'not_pending'
  | 'pending_resolved'
  | 'reversal_not_found'
  | 'not_reversible'
  | 'already_reversed'
  | 'idempotency_conflict';

const codeOf: Record<LedgerRefusalReason, DomainErrorCode> = {
  invalid_legs: 'BAD_REQUEST',
  duplicate_key_in_batch: 'BAD_REQUEST',
  unknown_account: 'NOT_FOUND',
  currency_mismatch: 'BAD_REQUEST',
  limit_exceeded: 'PRECONDITION_FAILED',
  pending_not_found: 'NOT_FOUND',
  not_pending: 'BAD_REQUEST',
  pending_resolved: 'CONFLICT',
  reversal_not_found: 'NOT_FOUND',
  not_reversible: 'BAD_REQUEST',
  already_reversed: 'CONFLICT',
  idempotency_conflict: 'CONFLICT',
};

export class LedgerRefusal extends DomainError {
  readonly reason: LedgerRefusalReason;
  constructor(reason: LedgerRefusalReason, message: string, field?: string) {
    super(codeOf[reason], message, field);
    this.name = 'LedgerRefusal';
    this.reason = reason;
  }
}

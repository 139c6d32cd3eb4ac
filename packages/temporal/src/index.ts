export { createTemporalClient, temporalReadiness, type TemporalSettings } from './connection.ts';
export {
  Client,
  Connection,
  WorkflowIdReusePolicy,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
} from '@temporalio/client';
export {
  createWorkflowOutbox,
  dropWorkflowOutbox,
  enqueueSignal,
  enqueueWorkflowStart,
  outboxChannel,
  type OutboxState,
  type WorkflowOutboxDatabase,
  type WorkflowOutboxTable,
  type WorkflowSignal,
  type WorkflowStart,
} from './outbox/workflow-outbox.ts';
export { startOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay.ts';
export { retryDelayMs, type RelayBackoff } from './outbox/relay-backoff.ts';

export { createTemporalClient, temporalReadiness, type TemporalSettings } from './connection.ts';
export { Client, Connection, WorkflowIdReusePolicy, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';

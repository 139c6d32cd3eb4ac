import './provided-context.ts';

export { createTestDatabase, type TestDatabase } from './postgres/test-database.ts';
export { installCommitCrash, fingerprintTables, type CommitCrash } from './postgres/commit-crash.ts';
export { testTokens } from './tokens.ts';
export { findTemporalCli, temporalCliVersion, temporalInstallHint } from './find-temporal-cli.ts';
export { freePort } from './free-port.ts';
export { runToEnd, startServiceProcess, type ServiceProcess } from './service-process.ts';
export { withOneValueChanged } from './changed-value.ts';
export {
  itKeepsTheIdempotencyContract,
  type IdempotencyTarget,
  type IdempotentMutation,
} from './idempotency-contract.ts';
export { idempotencyKey } from './idempotency-key.ts';
export { codeOf } from './refusal-code.ts';
export { httpMethodOf, routerProcedures, type ProcedureKind } from './router-procedures.ts';
export { openTestService, serveUnderTest, testClock, type TestServiceBase } from './service-under-test.ts';
export { roleTokens } from './role-tokens.ts';
export { rawTrpcCall, type TrpcBody } from './raw-trpc-call.ts';
export { eventually } from './eventually.ts';

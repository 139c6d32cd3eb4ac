import './provided-context.ts';

export { createTestDatabase, type TestDatabase } from './postgres/test-database.ts';
export { testTokens } from './tokens.ts';
export { findTemporalCli, temporalCliVersion, temporalInstallHint } from './find-temporal-cli.ts';
export { freePort } from './free-port.ts';

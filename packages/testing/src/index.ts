import './provided-context.ts';

export { createTestDatabase, type TestDatabase } from './postgres/test-database.ts';
export { testTokens } from './tokens.ts';
export { findTemporalCli, temporalInstallHint } from './find-temporal-cli.ts';
export { freePort } from './free-port.ts';
export { roleTokens } from './role-tokens.ts';

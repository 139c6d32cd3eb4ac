export { startTestPostgres } from './server.ts';
export { startEmbeddedPostgres, type PostgresServer, type EmbeddedSettings } from './embedded.ts';
export { createTestDatabase, type TestDatabase } from './test-database.ts';
export { installCommitCrash, fingerprintTables, type CommitCrash } from './commit-crash.ts';

export { startTestPostgres } from './server.ts';
export { startEmbeddedPostgres, type PostgresServer, type EmbeddedSettings } from './embedded.ts';
export { createTestDatabase, type TestDatabase } from './test-database.ts';

import { createDatabase } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { serveService } from '@sanbao/service-kit';
import { createTemporalClient, temporalReadiness } from '@sanbao/temporal';
import { tokenVerifierFor } from '@sanbao/trpc/auth';
import { createApprovalsApp } from './app.ts';
import { readApprovalsConfig } from './config.ts';
import { temporalWorkflowDesk } from './inbox/workflow-desk.ts';
import { approvalsSchemaName, type ApprovalsDatabase } from './schema.ts';

const config = readApprovalsConfig();
const log = createLogger({
  name: 'approvals',
  level: config.LOG_LEVEL,
  pretty: config.LOG_PRETTY ?? config.NODE_ENV === 'development',
});
const database = createDatabase<ApprovalsDatabase>({
  url: config.DATABASE_URL,
  schema: approvalsSchemaName,
  poolMax: config.DATABASE_POOL_MAX,
  onConnectionError: (err) => log.warn({ err }, 'idle database connection failed'),
});
const temporal = await createTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE });

const service = createApprovalsApp({
  database,
  log,
  verifyToken: tokenVerifierFor(config),
  workflows: temporalWorkflowDesk(temporal.client),
  readiness: { temporal: temporalReadiness(temporal.connection, config.TEMPORAL_NAMESPACE) },
});
await serveService(service, {
  host: config.HOST,
  port: config.PORT,
  log,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  handleSignals: true,
  onClosed: async () => {
    await database.close();
    await temporal.connection.close();
  },
});

import { databaseFrom, listenFrom, logFrom, requestLimitsFrom } from '@sanbao/config';
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
const log = createLogger({ name: 'approvals', ...logFrom(config) });
const database = createDatabase<ApprovalsDatabase>({
  ...databaseFrom(config),
  schema: approvalsSchemaName,
  onConnectionError: (err) => log.warn({ err }, 'idle database connection failed'),
});
const temporal = await createTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE });

const service = createApprovalsApp({
  database,
  log,
  verifyToken: tokenVerifierFor(config),
  workflows: temporalWorkflowDesk(temporal.client),
  readiness: { temporal: temporalReadiness(temporal.connection, config.TEMPORAL_NAMESPACE) },
  limits: requestLimitsFrom(config),
});
await serveService(service, {
  ...listenFrom(config),
  log,
  handleSignals: true,
  onClosed: async () => {
    await database.close();
    await temporal.connection.close();
  },
});

import { temporalFrom } from '@sanbao/config';
import { openServiceProcess } from '@sanbao/service-kit';
import { createTemporalClient, temporalReadiness } from '@sanbao/temporal';
import { createApprovalsApp } from './app.ts';
import { readApprovalsConfig } from './config.ts';
import { temporalWorkflowDesk } from './inbox/workflow-desk.ts';
import { approvalsSchemaName, type ApprovalsDatabase } from './schema.ts';

const config = readApprovalsConfig();
const approvals = openServiceProcess<ApprovalsDatabase>('approvals', approvalsSchemaName, config);
const { client, connection } = await createTemporalClient(temporalFrom(config));

const service = createApprovalsApp({
  ...approvals.deps,
  workflows: temporalWorkflowDesk(client),
  readiness: { temporal: temporalReadiness(connection, config.TEMPORAL_NAMESPACE) },
});
await approvals.serve(service, [connection]);

import { outboxRelayFrom, temporalFrom } from '@sanbao/config';
import { openServiceProcess } from '@sanbao/service-kit';
import { createTemporalClient, startOutboxRelay, temporalReadiness } from '@sanbao/temporal';
import { systemTokenSourceFor } from '@sanbao/trpc/auth';
import { startOnce } from '@sanbao/workflows/contracts';
import { createPartsApp } from './app.ts';
import { readPartsConfig } from './config.ts';
import { warrantyClaimCoverage } from './requests/warranty-claims.ts';
import { warrantyHolidayCalendar } from './returns/warranty-holidays.ts';
import { partsSchemaName, type PartsDatabase } from './schema.ts';

const config = readPartsConfig();
const parts = openServiceProcess<PartsDatabase>('parts', partsSchemaName, config);
const { client, connection } = await createTemporalClient(temporalFrom(config));
const warranty = { url: config.WARRANTY_URL, token: systemTokenSourceFor(config, 'parts') };

const service = createPartsApp({
  ...parts.deps,
  claimCoverage: warrantyClaimCoverage(warranty),
  holidayCalendar: warrantyHolidayCalendar(warranty),
  defaultReturnDueDays: config.DEFAULT_RETURN_DUE_DAYS,
  readiness: { temporal: temporalReadiness(connection, config.TEMPORAL_NAMESPACE) },
});
// Starts and signals the approval workflows for changes this service committed.
const { database, log } = parts.deps;
const relay = startOutboxRelay({ database, client, startOptions: startOnce, log, ...outboxRelayFrom(config) });
await parts.serve(service, [relay, connection]);

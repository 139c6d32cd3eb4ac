import { outboxRelayFrom, temporalFrom } from '@sanbao/config';
import { openServiceProcess } from '@sanbao/service-kit';
import { createTemporalClient, startOutboxRelay, temporalReadiness } from '@sanbao/temporal';
import { startOnce } from '@sanbao/workflows/contracts';
import { createWarrantyApp } from './app.ts';
import { readWarrantyConfig } from './config.ts';
import { warrantySchemaName, type WarrantyDatabase } from './schema.ts';

const config = readWarrantyConfig();
const warranty = openServiceProcess<WarrantyDatabase>('warranty', warrantySchemaName, config);
const { client, connection } = await createTemporalClient(temporalFrom(config));

const service = createWarrantyApp({
  ...warranty.deps,
  temporalReady: temporalReadiness(connection, config.TEMPORAL_NAMESPACE),
});
// Starts and signals the claim approval workflows for changes this service committed.
const { database, log } = warranty.deps;
const relay = startOutboxRelay({ database, client, startOptions: startOnce, log, ...outboxRelayFrom(config) });
// Sales imports running in the background finish before the relay and the pool close.
const salesImports = { close: () => service.salesImports.whenIdle() };
await warranty.serve(service, [salesImports, relay, connection]);

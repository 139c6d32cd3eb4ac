import { Client, Connection } from '@temporalio/client';

export interface TemporalSettings {
  address: string;
  namespace: string;
}

/** A client for starting, signalling and querying workflows. */
export async function createTemporalClient({
  address,
  namespace,
}: TemporalSettings): Promise<{ client: Client; connection: Connection }> {
  const connection = await Connection.connect({ address, connectTimeout: '5s' });
  return { client: new Client({ connection, namespace }), connection };
}

/** Readiness: the frontend answers and the namespace exists. */
export function temporalReadiness(connection: Connection, namespace: string) {
  return async () => {
    await connection.workflowService.describeNamespace({ namespace });
  };
}

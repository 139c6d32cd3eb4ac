import type { Logger } from '@sanbao/logger';
import { temporalLoggerFrom } from '@sanbao/logger/temporal';
import { NativeConnection, Runtime, Worker, type WorkerOptions } from '@temporalio/worker';

let runtimeInstalled = false;

/** Routes the SDK's own logs into pino. The Runtime is per process and may be installed once. */
export function installTemporalRuntime(log: Logger): void {
  if (runtimeInstalled) return;
  Runtime.install({ logger: temporalLoggerFrom(log.child({ component: 'temporal' })) });
  runtimeInstalled = true;
}

export interface SanbaoWorkerSettings {
  address: string;
  namespace: string;
  taskQueue: string;
  log: Logger;
  /** The module that exports every workflow (bundled by the SDK), or a prebuilt bundle. */
  workflows: Pick<WorkerOptions, 'workflowsPath' | 'workflowBundle'>;
  activities: object;
  identity?: string;
  shutdownGraceTime?: WorkerOptions['shutdownGraceTime'];
}

export async function createSanbaoWorker(
  settings: SanbaoWorkerSettings,
): Promise<{ worker: Worker; connection: NativeConnection }> {
  installTemporalRuntime(settings.log);
  const connection = await NativeConnection.connect({ address: settings.address });
  const worker = await Worker.create({
    connection,
    namespace: settings.namespace,
    taskQueue: settings.taskQueue,
    ...settings.workflows,
    activities: settings.activities,
    identity: settings.identity ?? `sanbao-worker@${process.pid}`,
    shutdownGraceTime: settings.shutdownGraceTime ?? '10s',
  });
  return { worker, connection };
}

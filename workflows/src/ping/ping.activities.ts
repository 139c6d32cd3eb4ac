import type { Logger } from '@sanbao/logger';

/** What the ping activity needs: a way to ask the warranty service for its database time. */
export interface PingActivityDeps {
  log: Logger;
  pingWarranty: () => Promise<{ databaseTime: string }>;
}

export function createPingActivities({ log, pingWarranty }: PingActivityDeps) {
  return {
    async pingWarrantyService(name: string): Promise<{ greeting: string; databaseTime: string }> {
      const { databaseTime } = await pingWarranty();
      log.info({ name, databaseTime }, 'ping activity reached the warranty service');
      return { greeting: `pong, ${name}`, databaseTime };
    },
  };
}

export type PingActivities = ReturnType<typeof createPingActivities>;

import { devPorts } from './env.ts';

export interface DevApp {
  name: string;
  entry: string;
  port: number;
  /** Has `src/migrate.ts` for its own schema. */
  migrates: boolean;
  /** A script that loads demo data after migrating (skipped with DEMO_DATA=false). */
  demo?: string;
  /** A script that runs after migrating whatever DEMO_DATA says: data the app cannot work without. */
  seed?: string;
  /** Extra variables: where this app finds the others. */
  env: (urls: Record<string, string>) => Record<string, string>;
}

const url = (port: number) => `http://127.0.0.1:${port}`;

/** Every process of the suite, in start order. */
export const devApps: DevApp[] = [
  {
    name: 'warranty',
    entry: 'apps/warranty/src/main.ts',
    port: devPorts.warranty,
    migrates: true,
    demo: 'apps/warranty/src/demo/seed-demo.ts',
    env: () => ({}),
  },
  {
    name: 'parts',
    entry: 'apps/parts/src/main.ts',
    port: devPorts.parts,
    migrates: true,
    demo: 'apps/parts/src/demo/seed-demo.ts',
    env: () => ({ WARRANTY_URL: url(devPorts.warranty) }),
  },
  {
    name: 'approvals',
    entry: 'apps/approvals/src/main.ts',
    port: devPorts.approvals,
    migrates: true,
    // Version 1 of each approval policy (production-like hours), unless one was published already.
    seed: 'apps/approvals/src/seed-demo-policies.ts',
    env: () => ({}),
  },
  {
    name: 'settlement',
    entry: 'apps/settlement/src/main.ts',
    port: devPorts.settlement,
    migrates: true,
    demo: 'apps/settlement/src/demo/seed-demo.ts',
    env: () => ({ PARTS_URL: url(devPorts.parts) }),
  },
  {
    name: 'worker',
    entry: 'apps/worker/src/main.ts',
    port: devPorts.worker,
    migrates: false,
    env: () => ({
      WARRANTY_URL: url(devPorts.warranty),
      PARTS_URL: url(devPorts.parts),
      APPROVALS_URL: url(devPorts.approvals),
      SETTLEMENT_URL: url(devPorts.settlement),
    }),
  },
  {
    name: 'gateway',
    entry: 'apps/gateway/src/main.ts',
    port: devPorts.gateway,
    migrates: true,
    demo: 'apps/gateway/src/identity/seed-demo-users.ts',
    env: () => ({
      WARRANTY_URL: url(devPorts.warranty),
      PARTS_URL: url(devPorts.parts),
      APPROVALS_URL: url(devPorts.approvals),
      SETTLEMENT_URL: url(devPorts.settlement),
    }),
  },
];

export const migrateEntry = (app: DevApp) => app.entry.replace(/main\.ts$/, 'migrate.ts');

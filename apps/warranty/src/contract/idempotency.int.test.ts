import { itKeepsTheIdempotencyContract, testTokens, type IdempotentMutation } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, roleClients, startWarranty, type WarrantyHarness } from '../../test/warranty-harness.ts';
import { createWarrantyRouter, type WarrantyRouterDeps } from '../router.ts';
import { generateSales, salesCsvOf } from '../sales-import/sales-import.test-support.ts';

let w: WarrantyHarness;
type Client = ReturnType<WarrantyHarness['client']>;
let admin: Client;
let manager: Client;
let provider: Client;

const model = 'TV-55X';
let serials = 0;
let days = 0;
const nextSerial = () => `IDEM-${++serials}`;
/** A distinct calendar day per call, so each change is new. */
const nextDay = () => new Date(Date.UTC(2027, 0, 1 + ++days)).toISOString().slice(0, 10);

beforeAll(async () => {
  w = await startWarranty(inject('postgresAdminUrl'));
  ({ admin, manager, provider } = await roleClients(w));
  await admin.models.upsert.mutate({
    idempotencyKey: key(),
    modelCode: model,
    categoryCode: 'colour_tv',
    nameZh: '55寸彩电',
    nameEn: '55" colour TV',
    mainParts: [],
  });
});
afterAll(() => w?.stop());

const soldUnit = async () => {
  const serial = nextSerial();
  await admin.sales.register.mutate({
    idempotencyKey: key(),
    serial,
    modelCode: model,
    channel: 'store',
    invoiceDate: '2026-01-10',
    priceFen: 300_000,
  });
  return serial;
};
/** A claim of SP-001 walked to the given state. */
const claimAt = async (state: 'adjudicated' | 'remedy_chosen' | 'awaiting_approval' | 'in_progress') => {
  const claim = await provider.claims.open.mutate({
    idempotencyKey: key(),
    serial: await soldUnit(),
    claim: { type: 'quality', raisedAt: '2026-03-01T10:00:00+08:00', performanceFault: true },
  });
  if (state === 'adjudicated') return claim.id;
  await provider.claims.chooseRemedy.mutate({ idempotencyKey: key(), claimId: claim.id, remedy: 'repair' });
  if (state === 'remedy_chosen') return claim.id;
  if (state === 'in_progress')
    return (await manager.claims.startWork.mutate({ idempotencyKey: key(), claimId: claim.id })).id;
  await manager.claims.requestApproval.mutate({ idempotencyKey: key(), claimId: claim.id });
  return claim.id;
};

/** Every mutation of the router: who calls it, and how to get an input that changes something. */
const mutations: Record<string, IdempotentMutation> = {
  'system.recordPing': { as: 'admin', prepare: async () => ({ note: 'crash', sequence: 1 }) },
  'policies.publish': {
    as: 'admin',
    prepare: async () => {
      const [current] = await admin.policies.list.query({ categoryCode: 'colour_tv' });
      return {
        categoryCode: 'colour_tv',
        effectiveFrom: nextDay(),
        nameZh: current!.nameZh,
        nameEn: current!.nameEn,
        terms: current!.terms,
        needsLegalReview: false,
      };
    },
  },
  'calendar.setDay': { as: 'admin', prepare: async () => ({ day: nextDay(), kind: 'holiday', name: '国庆节' }) },
  'calendar.removeDay': {
    as: 'admin',
    prepare: async () => {
      const day = nextDay();
      await admin.calendar.setDay.mutate({ idempotencyKey: key(), day, kind: 'holiday', name: '春节' });
      return { day };
    },
  },
  'models.upsert': {
    as: 'admin',
    prepare: async () => ({
      modelCode: `M-${nextSerial()}`,
      categoryCode: 'colour_tv',
      nameZh: '彩电',
      nameEn: 'TV',
      mainParts: [],
    }),
  },
  'sales.register': {
    as: 'manager',
    prepare: async () => ({
      serial: nextSerial(),
      modelCode: model,
      channel: 'online',
      invoiceDate: '2026-02-01',
      priceFen: 199_900,
    }),
  },
  'salesImports.start': {
    as: 'admin',
    prepare: async () => ({
      fileName: 'sales.csv',
      csv: salesCsvOf(generateSales(3, { prefix: `IMP${nextSerial()}`, modelCodes: [model] })),
    }),
  },
  'history.recordRepair': {
    as: 'manager',
    prepare: async () => ({ serial: await soldUnit(), sentOn: '2026-02-01', completedOn: '2026-02-03', fixed: true }),
  },
  'history.recordReplacement': {
    as: 'manager',
    prepare: async () => ({ serial: await soldUnit(), replacedOn: '2026-02-05', scope: 'unit' }),
  },
  'claims.open': {
    as: 'provider',
    prepare: async () => ({
      serial: await soldUnit(),
      claim: { type: 'quality', raisedAt: '2026-03-01T10:00:00+08:00', performanceFault: true },
    }),
  },
  'claims.chooseRemedy': {
    as: 'provider',
    prepare: async () => ({ claimId: await claimAt('adjudicated'), remedy: 'repair' }),
  },
  'claims.requestApproval': { as: 'system', prepare: async () => ({ claimId: await claimAt('remedy_chosen') }) },
  'claims.approve': {
    as: 'manager',
    prepare: async () => ({ claimId: await claimAt('awaiting_approval'), reason: 'looks right' }),
  },
  'claims.startWork': { as: 'system', prepare: async () => ({ claimId: await claimAt('remedy_chosen') }) },
  'claims.reject': {
    as: 'manager',
    prepare: async () => ({ claimId: await claimAt('awaiting_approval'), reason: 'misuse' }),
  },
  'claims.complete': { as: 'provider', prepare: async () => ({ claimId: await claimAt('in_progress') }) },
  'claims.cancel': {
    as: 'provider',
    prepare: async () => ({ claimId: await claimAt('adjudicated'), reason: 'customer withdrew' }),
  },
};

/** Tables as they stand once no background work (a sales import) is still writing. */
const snapshot = async () => {
  await w.importsIdle();
  return w.snapshot();
};

describe('every warranty mutation is idempotent inside its transaction', () => {
  itKeepsTheIdempotencyContract({
    router: createWarrantyRouter({} as WarrantyRouterDeps),
    mutations,
    call: (path, input, token) => w.call(path, input, token),
    snapshot,
    db: () => w.db,
  });

  it("a key is private to its tenant: the same user and key under another provider's token runs anew", async () => {
    const serial = await soldUnit();
    const input = {
      idempotencyKey: key('tenant'),
      serial,
      claim: { type: 'quality', raisedAt: '2026-03-01T10:00:00+08:00', performanceFault: true },
    };
    const asOne = await testTokens.sign({ sub: 'shared-user', role: 'provider', providerId: 'SP-001' });
    const asTwo = await testTokens.sign({ sub: 'shared-user', role: 'provider', providerId: 'SP-002' });
    const first = await w.call('claims.open', input, asOne);
    const second = await w.call('claims.open', input, asTwo);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const [a, b] = [first.body.result!.data, second.body.result!.data] as { id: number; providerId: string }[];
    expect(a!.providerId).toBe('SP-001');
    expect(b!.providerId).toBe('SP-002');
    expect(b!.id).not.toBe(a!.id);
  });
});

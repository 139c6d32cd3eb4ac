import { testTokens } from '@sanbao/testing';
import { systemTokenSource } from '@sanbao/trpc/auth';
import { key as warrantyKey, startWarranty, type WarrantyHarness } from '@sanbao/warranty/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { key, startPartsHarness, type PartsHarness } from '../../test/parts-harness.ts';
import { receiveStock, requestUpTo, seedWorld, world } from '../../test/parts-world.ts';
import { warrantyHolidayCalendar } from '../returns/warranty-holidays.ts';
import { warrantyClaimCoverage } from './warranty-claims.ts';

// Both services for real, over HTTP, each on its own database: parts asks warranty about the claim
// and reads its statutory-holiday calendar.
let warranty: WarrantyHarness;
let parts: PartsHarness;
const claimIds = { covered: '', misuse: '', otherProvider: '' };

beforeAll(async () => {
  warranty = await startWarranty(inject('postgresAdminUrl'));
  const token = systemTokenSource({ ...testTokens.settings, ttlSeconds: 300 }, 'parts-test');
  parts = await startPartsHarness(inject('postgresAdminUrl'), {
    claimCoverage: warrantyClaimCoverage({ url: warranty.url, token }),
    holidayCalendar: warrantyHolidayCalendar({ url: warranty.url, token }),
  });
  await seedWorld(parts);
  await receiveStock(parts, world.warehouses.east, world.parts.board, 10);
  await receiveStock(parts, world.warehouses.east, world.parts.compressor, 2);

  const admin = warranty.client(await testTokens.role('admin'));
  for (const day of ['2027-01-01', '2027-01-02', '2027-01-03']) {
    await admin.calendar.setDay.mutate({ idempotencyKey: warrantyKey(), day, kind: 'holiday', name: '元旦' });
  }
  await admin.models.upsert.mutate({
    idempotencyKey: warrantyKey(),
    modelCode: world.model,
    categoryCode: 'air_conditioner',
    nameZh: '空调',
    nameEn: 'Air conditioner',
  });
  for (const serial of ['AC-1', 'AC-2', 'AC-3']) {
    await admin.sales.register.mutate({
      idempotencyKey: warrantyKey(),
      serial,
      modelCode: world.model,
      channel: 'store',
      invoiceDate: '2026-06-01',
      priceFen: 350_000,
    });
  }
  const one = warranty.client(await testTokens.provider(world.providers.one));
  const two = warranty.client(await testTokens.provider(world.providers.two));
  const claimOn = async (provider: typeof one, serial: string, causes?: { misuse: boolean }) => {
    const claim = { type: 'quality' as const, raisedAt: '2026-10-01T10:00:00+08:00', ...(causes ? { causes } : {}) };
    return String((await provider.claims.open.mutate({ idempotencyKey: warrantyKey(), serial, claim })).id);
  };
  claimIds.covered = await claimOn(one, 'AC-1');
  claimIds.misuse = await claimOn(one, 'AC-2', { misuse: true });
  claimIds.otherProvider = await claimOn(two, 'AC-3');
});

afterAll(async () => {
  await parts?.close();
  await warranty?.stop();
});

describe('warranty parts are issued only against a covered claim of the same provider', () => {
  const request = async (claimId: string) =>
    (await parts.provider(world.providers.one)).requests.create.mutate({
      idempotencyKey: key(),
      purpose: 'warranty',
      claimId,
      lines: [{ partCode: world.parts.board, quantity: 1 }],
    });

  it('a covered claim: the request is created', async () => {
    expect(await request(claimIds.covered)).toMatchObject({ status: 'draft', claimId: claimIds.covered });
  });

  it('a claim whose only remedy is a paid repair (misuse) is refused, naming claimId', async () => {
    await expect(request(claimIds.misuse)).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', fieldErrors: [expect.objectContaining({ path: 'claimId' })] },
    });
  });

  it("another provider's claim, and a claim that does not exist, are not found", async () => {
    await expect(request(claimIds.otherProvider)).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    await expect(request('999999')).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    await expect(request('WC-not-a-number')).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    // Above 2^53 the warranty service would refuse the id; it names no claim rather than failing.
    await expect(request('9007199254740993')).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
  });

  it('the warranty service unreachable: 503 with a retry hint, nothing written', async () => {
    const token = systemTokenSource({ ...testTokens.settings, ttlSeconds: 300 }, 'parts-test');
    const cut = await startPartsHarness(inject('postgresAdminUrl'), {
      claimCoverage: warrantyClaimCoverage({ url: 'http://127.0.0.1:9', token }),
    });
    try {
      await seedWorld(cut);
      const res = await cut.call(
        'requests.create',
        {
          idempotencyKey: key(),
          purpose: 'warranty',
          claimId: '1',
          lines: [{ partCode: world.parts.board, quantity: 1 }],
        },
        await testTokens.provider(world.providers.one),
      );
      expect(res.status).toBe(503);
      expect(res.body.error?.data.code).toBe('SERVICE_UNAVAILABLE');
      expect(await cut.db.selectFrom('partsRequests').select('id').execute()).toEqual([]);
    } finally {
      await cut.close();
    }
  });
});

describe("return due dates follow the warranty service's holiday calendar", () => {
  it('a compressor due back on New Year’s Day is due the day after the holiday run', async () => {
    parts.setNow(new Date('2026-12-20T02:00:00Z'));
    try {
      const provider = await parts.provider(world.providers.one);
      const r = await requestUpTo(parts, provider, 'received', {
        claimId: claimIds.covered,
        lines: [{ partCode: world.parts.compressor, quantity: 2 }],
      });
      const report = (consumedOn: string) =>
        provider.returns.reportConsumption.mutate({
          idempotencyKey: key(),
          requestId: r.id,
          consumedOn,
          lines: [{ lineId: r.lines[0]!.id, quantity: 1 }],
        });
      // Compressors are due 15 days after consumption: 2027-01-02 falls in the run 01-01…01-03.
      expect((await report('2026-12-18')).tags.map((t) => t.dueOn)).toEqual(['2027-01-04']);
      expect((await report('2026-12-15')).tags.map((t) => t.dueOn)).toEqual(['2026-12-30']);
    } finally {
      parts.setNow(null);
    }
  });
});

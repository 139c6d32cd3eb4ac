import { testTokens } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, startWarranty, type WarrantyHarness } from '../../test/warranty-harness.ts';
import { catalogueModel, openQualityClaim, recordRepair, sellUnit } from '../claims/claim-fixtures.test-support.ts';

let w: WarrantyHarness;
let adminToken: string;

beforeAll(async () => {
  w = await startWarranty(inject('postgresAdminUrl'));
  adminToken = await testTokens.role('admin');
  await catalogueModel(w.client(adminToken));
});
afterAll(() => w?.stop());

const post = (path: string, body: string, token?: string) =>
  fetch(`${w.url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });

describe('the service edge', () => {
  it('a body over the limit is refused with 413 before it is parsed, with or without a token', async () => {
    const big = JSON.stringify({ idempotencyKey: key(), note: 'x'.repeat(2 * 1024 * 1024), sequence: 1 });
    for (const token of [adminToken, undefined]) {
      const res = await post('system.recordPing', big, token);
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { data: { code: string } } }).error.data.code).toBe('PAYLOAD_TOO_LARGE');
    }
    expect(await w.db.selectFrom('servicePings').select('id').execute()).toEqual([]);
  });

  it('a batch of more calls than allowed is refused whole', async () => {
    const calls = 11;
    const paths = Array.from({ length: calls }, () => 'system.recordPing').join(',');
    const body = JSON.stringify(
      Object.fromEntries(
        Array.from({ length: calls }, (_, i) => [i, { idempotencyKey: key(), note: 'batched', sequence: i }]),
      ),
    );
    const res = await fetch(`${w.url}/trpc/${paths}?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body,
    });
    expect(res.status).toBe(400);
    expect(await w.db.selectFrom('servicePings').select('id').execute()).toEqual([]);
  });

  it('integers beyond their column and unstorable text are BAD_REQUEST naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ idempotencyKey: key(), note: 'n', sequence: 2147483648 }, 'sequence'],
      [{ idempotencyKey: key(), note: 'a\u0000b', sequence: 1 }, 'note'],
      [{ idempotencyKey: key(), note: 'a\ud800b', sequence: 1 }, 'note'],
    ];
    for (const [input, field] of cases) {
      const res = await post('system.recordPing', JSON.stringify(input), adminToken);
      const body = (await res.json()) as { error: { data: { code: string; fieldErrors: { path: string }[] } } };
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(body.error.data.fieldErrors.map((f) => f.path)).toContain(field);
    }
    expect(await w.db.selectFrom('servicePings').select('id').execute()).toEqual([]);
  });

  it('concurrent publications of one category get distinct, consecutive versions', async () => {
    const admin = w.client(adminToken);
    const [current] = await admin.policies.list.query({ categoryCode: 'colour_tv' });
    const published = await Promise.all(
      Array.from({ length: 12 }, () =>
        admin.policies.publish.mutate({
          idempotencyKey: key(),
          categoryCode: 'colour_tv',
          effectiveFrom: '2025-01-01',
          nameZh: current!.nameZh,
          nameEn: current!.nameEn,
          terms: current!.terms,
        }),
      ),
    );
    expect(published.map((p) => p.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => current!.version + 1 + i),
    );
  });

  it('dates outside 2000–2100, and an invoice dated in the future, are refused', async () => {
    const admin = w.client(adminToken);
    const sale = (invoiceDate: string) => sellUnit(admin, `EDGE-${invoiceDate}`, { invoiceDate, priceFen: 1 });
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    for (const day of ['0000-01-01', '1999-12-31', '2101-01-01', tomorrow]) {
      await expect(sale(day), day).rejects.toMatchObject({
        data: {
          code: 'BAD_REQUEST',
          fieldErrors: expect.arrayContaining([expect.objectContaining({ path: 'invoiceDate' })]),
        },
      });
    }
    await expect(
      sellUnit(admin, 'EDGE-PRICE', { invoiceDate: '2024-01-01', priceFen: 10_000_000_001 }),
    ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } });
  });
});

describe('a provider acts on a unit only through its own claims or service records', () => {
  it('a stranger can neither read the sale and history nor record a repair; once it has a claim on the unit, it can', async () => {
    const admin = w.client(adminToken);
    await sellUnit(admin, 'OWN-1');
    const provider = w.client(await testTokens.provider('SP-777'));
    const repair = () => recordRepair(provider, 'OWN-1', { sentOn: '2024-04-01', fixed: false });

    await expect(provider.sales.get.query({ serial: 'OWN-1' })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    await expect(provider.history.forUnit.query({ serial: 'OWN-1' })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    await expect(repair()).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', fieldErrors: [expect.objectContaining({ path: 'serial' })] },
    });
    await expect(
      provider.history.recordReplacement.mutate({
        idempotencyKey: key(),
        serial: 'OWN-1',
        replacedOn: '2024-04-01',
        scope: 'unit',
      }),
    ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } });
    expect(await w.db.selectFrom('repairs').select('id').execute()).toEqual([]);

    await openQualityClaim(provider, 'OWN-1', '2024-06-09T10:00:00+08:00', { performanceFault: true });
    expect((await repair()).providerId).toBe('SP-777');
    expect((await provider.history.forUnit.query({ serial: 'OWN-1' })).repairs).toHaveLength(1);
    expect((await provider.sales.get.query({ serial: 'OWN-1' })).serial).toBe('OWN-1');
    // Staff keep access to every unit.
    expect(
      (await w.client(await testTokens.warehouse('WH-EAST')).history.forUnit.query({ serial: 'OWN-1' })).repairs,
    ).toHaveLength(1);
  });
});

import { testTokens } from '@sanbao/testing';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { key, startWarranty, type WarrantyHarness } from '../../test/warranty-harness.ts';
import { catalogueModel, sellUnit } from '../claims/claim-fixtures.test-support.ts';

let w: WarrantyHarness;
beforeAll(async () => {
  w = await startWarranty(inject('postgresAdminUrl'));
});
afterAll(() => w?.stop());

it('a statutory holiday on the last day moves the no-reason deadline to the day after it (T6, H5)', async () => {
  const admin = w.client(await testTokens.role('admin'));
  const provider = w.client(await testTokens.provider('SP-001'));
  await catalogueModel(admin, { modelCode: 'PH-12', categoryCode: 'mobile_phone', nameZh: '手机', nameEn: 'Phone' });
  await sellUnit(admin, 'PH12-0001', {
    modelCode: 'PH-12',
    channel: 'online',
    invoiceDate: '2024-06-01',
    deliveredAt: '2024-06-01T15:00:00+08:00',
    priceFen: 599_900,
  });
  const check = () =>
    provider.eligibility.check.query({
      serial: 'PH12-0001',
      claim: {
        type: 'no_reason',
        raisedAt: '2024-06-09T10:00:00+08:00',
        noReason: { goods: 'ordinary', intact: true },
      },
    });

  const before = await check();
  expect(before.decision.noReasonDeadline).toBe('2024-06-08');
  expect(before.decision.denied.map((d) => d.rule)).toContain('H5');

  await admin.calendar.setDay.mutate({ idempotencyKey: key(), day: '2024-06-08', kind: 'holiday', name: '端午节' });
  expect(await provider.calendar.list.query({ from: '2024-06-01', to: '2024-06-30' })).toEqual([
    { day: '2024-06-08', kind: 'holiday', name: '端午节' },
  ]);
  const after = await check();
  expect(after.decision.noReasonDeadline).toBe('2024-06-09');
  expect(after.decision.remedies.find((r) => r.kind === 'no_reason_return')).toMatchObject({
    rule: 'H5',
    refundFen: 599_900,
  });

  await expect(
    provider.calendar.setDay.mutate({ idempotencyKey: key(), day: '2024-06-10', kind: 'holiday', name: 'x' }),
  ).rejects.toMatchObject({
    data: { code: 'FORBIDDEN' },
  });
  await admin.calendar.removeDay.mutate({ idempotencyKey: key(), day: '2024-06-08' });
  expect((await check()).decision.noReasonDeadline).toBe('2024-06-08');
});

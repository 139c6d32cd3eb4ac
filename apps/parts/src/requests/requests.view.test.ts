import { describe, expect, it } from 'vitest';
import type { PartsRequestLineRow, PartsRequestRow } from './requests.repository.ts';
import { requestView } from './requests.view.ts';

const request: PartsRequestRow = {
  id: 7,
  requestNumber: 'PR-202611-000007',
  providerId: 'SP-001',
  warehouseId: 'WH-EAST',
  purpose: 'warranty',
  claimId: 'WC-202611-000001',
  serial: 'TV55X-0001',
  modelCode: 'TV-55X',
  status: 'submitted',
  totalValueFen: 12_345,
  overCreditLimit: false,
  exposureAtSubmitFen: 0,
  carrier: null,
  trackingNumber: null,
  note: null,
  createdBy: 'dev-provider-SP-001',
  submittedAt: new Date('2026-11-22T02:00:00Z'),
  decidedAt: null,
  shippedAt: null,
  createdAt: new Date('2026-11-22T01:00:00Z'),
  updatedAt: new Date('2026-11-22T02:00:00Z'),
};

const line: PartsRequestLineRow = {
  id: 70,
  requestId: 7,
  lineNo: 1,
  partId: 700,
  partCode: 'P-1001',
  nameZh: '主板',
  nameEn: 'Main board',
  partClass: 'board',
  returnable: true,
  requestedCode: 'P-1001',
  quantity: 1,
  unitCostFen: 12_345,
  quantityReceived: 0,
  quantityConsumed: 0,
};

describe('the parts request view', () => {
  it('shows parts by code, never the row ids that join them', () => {
    const [shown] = requestView(request, [line]).lines;
    expect(shown).not.toHaveProperty('partId');
    expect(shown).not.toHaveProperty('requestId');
    expect(shown).toMatchObject({ id: 70, partCode: 'P-1001', unitCostFen: 12_345 });
  });

  it('gives instants as ISO strings and leaves untaken steps null', () => {
    const view = requestView(request, []);
    expect(view).toMatchObject({
      submittedAt: '2026-11-22T02:00:00.000Z',
      decidedAt: null,
      shippedAt: null,
      createdAt: '2026-11-22T01:00:00.000Z',
    });
  });

  it('does not pass through a column the repository adds later', () => {
    const view = requestView({ ...request, internalNote: 'not for callers' } as PartsRequestRow, []);
    expect(view).not.toHaveProperty('internalNote');
  });
});

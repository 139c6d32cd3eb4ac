import { describe, expect, it } from 'vitest';
import { activityEnvFor, quietLog } from '../testing/activity-env.ts';
import { fakeProcedure, trpcError } from '../testing/fake-trpc.ts';
import { createPartsRequestActivities, type PartsRequestView } from './parts-request-approval.activities.ts';

const request: PartsRequestView = {
  id: 7,
  requestNumber: 'PR-20261129-0007',
  providerId: 'SP-001',
  purpose: 'warranty',
  claimId: '31',
  modelCode: 'WM-100',
  status: 'submitted',
  totalValueFen: 12_000,
  overCreditLimit: false,
  createdBy: 'provider-7',
  lines: [
    { partCode: 'PUMP-2', requestedCode: 'PUMP-1' },
    { partCode: 'BELT-1', requestedCode: 'BELT-1' },
  ],
};

type Bom = { lines: { code: string; supersededBy: string | null }[] };

function fakeServices(
  options: {
    reserve?: (call: number) => unknown;
    approve?: () => unknown;
    bom?: () => Bom;
    covered?: boolean | null;
  } = {},
) {
  const parts = {
    requests: {
      get: fakeProcedure(() => request),
      approve: fakeProcedure(() => options.approve?.() ?? {}),
      reject: fakeProcedure(() => ({})),
      reserve: fakeProcedure((_input, call) => options.reserve?.(call) ?? {}),
    },
    catalog: {
      getBom: fakeProcedure(
        (): Bom =>
          options.bom?.() ?? {
            lines: [
              { code: 'PUMP-1', supersededBy: 'PUMP-2' },
              { code: 'BELT-1', supersededBy: null },
            ],
          },
      ),
    },
  };
  const covered = options.covered === undefined ? true : options.covered;
  const warranty = { claims: { coverage: fakeProcedure(() => (covered === null ? null : { covered: covered })) } };
  return { parts, warranty, activities: createPartsRequestActivities({ log: quietLog, parts, warranty }) };
}

const env = activityEnvFor('parts-request:7');

describe('parts request activities', () => {
  it('approve, reject and reserve send idempotency keys derived from the workflow id and the step', async () => {
    const { parts, activities } = fakeServices();
    await env.run(activities.approvePartsRequest, { requestId: 7, reason: 'auto-approved' });
    await env.run(activities.approvePartsRequest, { requestId: 7, reason: 'auto-approved' });
    await env.run(activities.rejectPartsRequest, { requestId: 7, reason: 'no' });
    await env.run(activities.reservePartsRequest, 7);
    expect(parts.requests.approve.calls).toEqual([
      { idempotencyKey: 'parts-request:7:approve', requestId: 7, reason: 'auto-approved' },
      { idempotencyKey: 'parts-request:7:approve', requestId: 7, reason: 'auto-approved' },
    ]);
    expect(parts.requests.reject.calls).toEqual([
      { idempotencyKey: 'parts-request:7:reject', requestId: 7, reason: 'no' },
    ]);
    expect(parts.requests.reserve.calls).toEqual([{ idempotencyKey: 'parts-request:7:reserve', requestId: 7 }]);
    const other = await activityEnvFor('parts-request:8').run(activities.reservePartsRequest, 8);
    expect(other).toEqual({ reserved: true });
    expect(parts.requests.reserve.calls[1]).toEqual({ idempotencyKey: 'parts-request:8:reserve', requestId: 8 });
  });

  it('a shortage is a backorder, not a failure; the retry sends the same key', async () => {
    const { parts, activities } = fakeServices({
      reserve: (call) => {
        if (call === 1) throw trpcError('CONFLICT', 'insufficient stock of PUMP-2 at WH-SH: 0 available, 1 needed');
        return {};
      },
    });
    await expect(env.run(activities.reservePartsRequest, 7)).resolves.toEqual({
      reserved: false,
      shortage: expect.stringMatching(/insufficient stock of PUMP-2/),
    });
    await expect(env.run(activities.reservePartsRequest, 7)).resolves.toEqual({ reserved: true });
    expect(new Set(parts.requests.reserve.calls.map((c) => c.idempotencyKey))).toEqual(
      new Set(['parts-request:7:reserve']),
    );
  });

  it.each(['CONFLICT', 'PRECONDITION_FAILED', 'NOT_FOUND', 'FORBIDDEN', 'BAD_REQUEST'])(
    'a %s refusal is a non-retryable failure',
    async (code) => {
      const { activities } = fakeServices({
        approve: () => {
          throw trpcError(code, 'a cancelled parts request cannot be approved');
        },
        reserve: () => {
          throw trpcError(code, 'a rejected parts request cannot be reserved');
        },
      });
      await expect(env.run(activities.approvePartsRequest, { requestId: 7, reason: 'x' })).rejects.toMatchObject({
        type: code,
        nonRetryable: true,
      });
      await expect(env.run(activities.reservePartsRequest, 7)).rejects.toMatchObject({
        type: code,
        nonRetryable: true,
      });
    },
  );

  it('a server error stays retryable', async () => {
    const error = trpcError('INTERNAL_SERVER_ERROR', 'Internal server error');
    const { activities } = fakeServices({
      approve: () => {
        throw error;
      },
    });
    await expect(env.run(activities.approvePartsRequest, { requestId: 7, reason: 'x' })).rejects.toBe(error);
  });

  it('the check reads the request, the claim coverage and the BOM (through supersessions)', async () => {
    const { warranty, activities } = fakeServices();
    const facts = await env.run(activities.assessPartsRequest, 7);
    expect(facts).toMatchObject({
      requestNumber: 'PR-20261129-0007',
      totalValueFen: 12_000,
      claimCovered: true,
      inBom: true,
      createdBy: 'provider-7',
    });
    expect(warranty.claims.coverage.calls).toEqual([{ claimId: 31 }]);
  });

  it.each<
    [
      string,
      Parameters<typeof fakeServices>[0],
      Partial<Awaited<ReturnType<ReturnType<typeof createPartsRequestActivities>['assessPartsRequest']>>>,
    ]
  >([
    ['an uncovered claim', { covered: false }, { claimCovered: false, inBom: true }],
    ['an unknown claim', { covered: null }, { claimCovered: false }],
    ['a part outside the BOM', { bom: () => ({ lines: [{ code: 'BELT-1', supersededBy: null }] }) }, { inBom: false }],
    [
      'a model without a BOM',
      {
        bom: () => {
          throw trpcError('NOT_FOUND', 'BOM of model WM-100 not found');
        },
      },
      { inBom: false },
    ],
  ])('the check reports %s', async (_name, options, expected) => {
    const { activities } = fakeServices(options);
    await expect(env.run(activities.assessPartsRequest, 7)).resolves.toMatchObject(expected);
  });
});

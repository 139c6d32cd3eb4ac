import { describe, expect, it } from 'vitest';
import { createWarrantyClaimCoverage } from './claim-coverage.ts';
import { isWarrantyClaimId } from './warranty-claims.ts';

describe('warranty claim coverage adapter', () => {
  const answer = { claimId: 42, providerId: 'SP-001', serial: 'SN-1', modelCode: 'KFR-35', covered: true };

  it('asks claims.coverage with the claim id and normalises the answer', async () => {
    const asked: unknown[] = [];
    const coverage = createWarrantyClaimCoverage({ query: async (input) => (asked.push(input), answer) });
    expect(await coverage.getCoverage('42')).toEqual({ ...answer, claimId: '42' });
    expect(asked).toEqual([{ claimId: '42' }]);
  });

  it('reads NOT_FOUND or null as no such claim', async () => {
    const notFound = Object.assign(new Error('claim not found'), { data: { code: 'NOT_FOUND' } });
    expect(await createWarrantyClaimCoverage({ query: () => Promise.reject(notFound) }).getCoverage('1')).toBeNull();
    expect(await createWarrantyClaimCoverage({ query: async () => null }).getCoverage('1')).toBeNull();
  });

  it('reads the warranty service refusing the id (BAD_REQUEST) as no such claim, not as a failure', async () => {
    const refused = Object.assign(new Error('claimId: Too big'), { data: { code: 'BAD_REQUEST' } });
    expect(
      await createWarrantyClaimCoverage({ query: () => Promise.reject(refused) }).getCoverage('9007199254740993'),
    ).toBeNull();
  });

  it('knows which ids the warranty service accepts', () => {
    expect(['1', '42', '9007199254740991'].every(isWarrantyClaimId)).toBe(true);
    expect(['0', '01', '-1', '1.5', '9007199254740992', '99999999999999999', 'CL-1'].some(isWarrantyClaimId)).toBe(
      false,
    );
  });

  it('lets other failures and broken answers through as errors', async () => {
    await expect(
      createWarrantyClaimCoverage({ query: () => Promise.reject(new Error('ECONNREFUSED')) }).getCoverage('1'),
    ).rejects.toThrow('ECONNREFUSED');
    await expect(
      createWarrantyClaimCoverage({ query: async () => ({ covered: 'yes' }) }).getCoverage('1'),
    ).rejects.toThrow();
  });
});

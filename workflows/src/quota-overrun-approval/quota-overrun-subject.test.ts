import { describe, expect, it } from 'vitest';
import { quotaOverrunSubject } from './quota-overrun-subject.ts';

describe('the inbox row of a line held over quota', () => {
  it('names the provider, the month and the amounts in yuan, in Chinese and English', () => {
    expect(
      quotaOverrunSubject({
        lineId: 17,
        claimId: 'WC-202611-000042',
        providerId: 'SP-001',
        period: '2026-11',
        amountFen: 17_904,
        budgetFen: 4_000_000,
        usedFen: 3_995_808,
      }),
    ).toEqual({
      requestType: 'quota_overrun',
      reference: 'WC-202611-000042 · line 17',
      summary:
        'SP-001 2026-11 超出月度额度：本单 ¥179.04，已用 ¥39,958.08 / 额度 ¥40,000.00' +
        ' · over the monthly budget: line ¥179.04, used ¥39,958.08 of ¥40,000.00',
      providerId: 'SP-001',
    });
  });
});

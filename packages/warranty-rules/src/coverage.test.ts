import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import type { Policy } from './contract.ts';
import { car, colourTv, cst, qualityClaim } from './test-support/claim-facts.ts';

const twelveMonths: Policy = { ...colourTv, wholeUnitMonths: 12, mainPartMonths: 12 };

function coverageOf(...args: Parameters<typeof qualityClaim>) {
  return adjudicate(qualityClaim(...args)).coverage;
}

describe('period start (A5, B2, B15, G1, default 1)', () => {
  it('before 2024-07-01 a general sale starts on the invoice date (B2), even when delivered later', () => {
    expect(
      coverageOf(twelveMonths, '2024-06-20', '2024-07-01', { sale: { deliveredAt: cst('2024-06-25') } }).startsOn,
    ).toBe('2024-06-20');
  });

  it('before 2024-07-01 a general sale installed by the seller starts on installation (B15)', () => {
    expect(coverageOf(twelveMonths, '2024-06-20', '2024-07-01', { sale: { installedOn: '2024-06-27' } }).startsOn).toBe(
      '2024-06-27',
    );
  });

  it('before 2024-07-01 a phone starts on the invoice date whatever the installation', () => {
    const phonePolicy: Policy = { regime: 'mobile_phone', wholeUnitMonths: 12, mainPartMonths: 12 };
    expect(coverageOf(phonePolicy, '2024-06-20', '2024-07-01', { sale: { installedOn: '2024-06-27' } }).startsOn).toBe(
      '2024-06-20',
    );
  });

  it('from 2024-07-01 the period starts on installation, else the CST date of delivery, else the invoice date (A5)', () => {
    expect(
      coverageOf(twelveMonths, '2024-07-01', '2024-08-01', {
        sale: { deliveredAt: cst('2024-07-03'), installedOn: '2024-07-05' },
      }).startsOn,
    ).toBe('2024-07-05');
    expect(
      coverageOf(twelveMonths, '2024-07-01', '2024-08-01', { sale: { deliveredAt: '2024-07-02T16:30:00Z' } }).startsOn,
    ).toBe('2024-07-03');
    expect(coverageOf(twelveMonths, '2024-07-01', '2024-08-01').startsOn).toBe('2024-07-01');
  });

  it('a car starts on the later of invoice and delivery, never on installation (G1, default 11)', () => {
    expect(
      coverageOf(car, '2024-08-01', '2024-09-01', {
        sale: { deliveredAt: cst('2024-08-10'), installedOn: '2024-08-20' },
      }).startsOn,
    ).toBe('2024-08-10');
    expect(coverageOf(car, '2024-08-10', '2024-09-01', { sale: { deliveredAt: cst('2024-08-01') } }).startsOn).toBe(
      '2024-08-10',
    );
  });
});

describe('period end (T5, T6, A7, default 3)', () => {
  it('Jan 31 + 1 month ends on the last day of February', () => {
    const oneMonth: Policy = { ...twelveMonths, wholeUnitMonths: 1, mainPartMonths: 1 };
    expect(coverageOf(oneMonth, '2024-01-31', '2024-02-10').wholeUnitEndsOn).toBe('2024-02-29');
    expect(coverageOf(oneMonth, '2023-01-31', '2023-02-10').wholeUnitEndsOn).toBe('2023-02-28');
  });

  it('a leap day + 12 months ends on 28 February', () => {
    expect(coverageOf(twelveMonths, '2024-02-29', '2024-03-10').wholeUnitEndsOn).toBe('2025-02-28');
  });

  it('an end on a holiday moves past the whole run of holidays (T6, default 10)', () => {
    const springFestival = [
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ];
    const coverage = coverageOf(twelveMonths, '2024-01-30', '2024-03-01', { holidays: springFestival });
    expect(coverage.wholeUnitEndsOn).toBe('2025-02-05');
  });

  it('a holiday that is not the last day changes nothing, and weekends are never implied', () => {
    // 2025-03-01 is a Saturday.
    expect(
      coverageOf(twelveMonths, '2024-03-01', '2024-04-01', { holidays: ['2025-02-28', '2025-03-02'] }).wholeUnitEndsOn,
    ).toBe('2025-03-01');
  });

  it('a repair still open on the claim date counts up to the claim date', () => {
    const coverage = coverageOf(twelveMonths, '2024-03-01', '2024-06-01', {
      claim: { pendingRepair: { sentOn: '2024-05-20' } },
    });
    expect(coverage.extensionDays).toBe(12);
    expect(coverage.wholeUnitEndsOn).toBe('2025-03-13');
  });

  it('a pending repair also listed as an open repair in the history counts once', () => {
    const coverage = coverageOf(twelveMonths, '2024-03-01', '2024-06-01', {
      claim: { pendingRepair: { sentOn: '2024-05-20' } },
      repairs: [{ sentOn: '2024-05-20', fixed: false }],
    });
    expect(coverage.extensionDays).toBe(12);
  });

  it('repairs sent after the claim date or before the period start do not count', () => {
    const coverage = coverageOf(twelveMonths, '2024-03-01', '2024-06-01', {
      repairs: [
        { sentOn: '2024-02-01', completedOn: '2024-02-10', fixed: true },
        { sentOn: '2024-04-01', completedOn: '2024-04-04', fixed: true },
        { sentOn: '2024-07-01', completedOn: '2024-07-30', fixed: true },
      ],
    });
    expect(coverage.extensionDays).toBe(3);
  });

  it('a repair completing after the claim date counts up to the claim date', () => {
    expect(
      coverageOf(twelveMonths, '2024-03-01', '2024-06-01', {
        repairs: [{ sentOn: '2024-05-25', completedOn: '2024-06-30', fixed: true }],
      }).extensionDays,
    ).toBe(7);
  });

  it('a repair sent after every period ran out does not extend it', () => {
    const coverage = coverageOf(twelveMonths, '2023-01-01', '2024-03-01', {
      repairs: [{ sentOn: '2024-02-01', completedOn: '2024-02-20', fixed: true }],
    });
    expect(coverage).toMatchObject({ extensionDays: 0, wholeUnitEndsOn: '2024-01-01' });
  });
});

describe('restart on replacement (A6, B8, G13)', () => {
  it('the latest replacement of the unit restarts every period', () => {
    const coverage = coverageOf(colourTv, '2024-03-01', '2024-09-01', {
      replacements: [
        { on: '2024-05-01', scope: 'unit' },
        { on: '2024-07-15', scope: 'unit' },
      ],
    });
    expect(coverage).toEqual({
      startsOn: '2024-07-15',
      wholeUnitEndsOn: '2025-07-15',
      mainPartEndsOn: '2027-07-15',
      extensionDays: 0,
    });
  });

  it('a replacement after the claim date is ignored; a part replacement does not restart the unit', () => {
    const coverage = coverageOf(colourTv, '2024-03-01', '2024-04-01', {
      replacements: [
        { on: '2024-05-01', scope: 'unit' },
        { on: '2024-03-20', scope: 'tuner' },
      ],
    });
    expect(coverage.startsOn).toBe('2024-03-01');
  });

  it('repairs of the old unit no longer extend the new period', () => {
    const coverage = coverageOf(twelveMonths, '2024-03-01', '2024-06-01', {
      repairs: [{ sentOn: '2024-03-10', completedOn: '2024-04-09', fixed: false }],
      replacements: [{ on: '2024-04-20', scope: 'unit' }],
    });
    expect(coverage).toEqual({
      startsOn: '2024-04-20',
      wholeUnitEndsOn: '2025-04-20',
      mainPartEndsOn: '2025-04-20',
      extensionDays: 0,
    });
  });

  it('a car replacement restarts both the 三包 and the free-repair period (G13)', () => {
    const coverage = coverageOf(car, '2024-03-01', '2024-09-01', {
      replacements: [{ on: '2024-06-01', scope: 'unit' }],
    });
    expect(coverage).toMatchObject({
      startsOn: '2024-06-01',
      wholeUnitEndsOn: '2026-06-01',
      mainPartEndsOn: '2027-06-01',
    });
  });
});

describe('statutory minimum periods for cars (G1, precedence 3)', () => {
  it('raises shorter car periods to 2 and 3 years', () => {
    const coverage = coverageOf({ ...car, wholeUnitMonths: 12, mainPartMonths: 12 }, '2024-03-01', '2024-04-01');
    expect(coverage).toMatchObject({ wholeUnitEndsOn: '2026-03-01', mainPartEndsOn: '2027-03-01' });
  });

  it('keeps longer promised periods (A9)', () => {
    expect(coverageOf({ ...car, wholeUnitMonths: 36, mainPartMonths: 60 }, '2024-03-01', '2024-04-01')).toMatchObject({
      wholeUnitEndsOn: '2027-03-01',
      mainPartEndsOn: '2029-03-01',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { demoRateCard } from './demo-rate-card.ts';
import { rateCardSchema, versionInForce } from './rate-card.ts';

describe('rate cards', () => {
  it.each([
    [
      'a fractional labor rate',
      { laborRates: [{ grade: 'A', region: 'east', fenPerHour: 60.5 }] },
      'laborRates.0.fenPerHour',
    ],
    [
      'a negative fixed fee',
      { serviceTypes: { ...demoRateCard.serviceTypes, C: { pays: [], fixedFeeFen: -1 } } },
      'serviceTypes.C.fixedFeeFen',
    ],
    [
      'a standard time in fractions of a minute',
      { standardTimes: [{ operationCode: 'R', category: 'TV', minutes: 1.5 }] },
      'standardTimes.0.minutes',
    ],
    [
      'travel bands not starting at 0 km',
      { travel: { bands: [{ fromKm: 5, fenPerKm: 0 }], capFen: null } },
      'travel.bands',
    ],
    [
      'travel bands out of order',
      {
        travel: {
          bands: [
            { fromKm: 0, fenPerKm: 0 },
            { fromKm: 30, fenPerKm: 1 },
            { fromKm: 20, fenPerKm: 1 },
          ],
          capFen: null,
        },
      },
      'travel.bands',
    ],
    [
      'a grade and region twice',
      { laborRates: [demoRateCard.laborRates[0]!, demoRateCard.laborRates[0]!] },
      'laborRates.1',
    ],
    [
      'an operation and category twice',
      { standardTimes: [demoRateCard.standardTimes[0]!, demoRateCard.standardTimes[0]!] },
      'standardTimes.1',
    ],
    ['handling above 100 %', { partsHandlingBp: 10_001 }, 'partsHandlingBp'],
  ])('refuses %s, naming the field', (_label, change, path) => {
    const result = rateCardSchema.safeParse({ ...demoRateCard, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  const versions = [
    { id: 1, effectiveFrom: '2026-01-01' },
    { id: 3, effectiveFrom: '2026-11-01' },
    { id: 2, effectiveFrom: '2026-07-01' },
  ];
  it.each([
    ['2025-12-31', null],
    ['2026-01-01', 1],
    ['2026-06-30', 1],
    ['2026-07-01', 2],
    ['2026-10-31', 2],
    ['2026-11-01', 3],
    ['2027-05-05', 3],
  ])('on business date %s the version in force is %s', (date, id) => {
    expect(versionInForce(versions, date)?.id ?? null).toBe(id);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoRateCard } from '../rate-cards/demo-rate-card.ts';
import {
  lineComponentKinds,
  rateCardSchema,
  type RateCard,
  type RateCardVersion,
  type ServiceType,
} from '../rate-cards/rate-card.ts';
import { explainLine } from './explain-line.ts';
import { computeLine, type LineInputs } from './line-computation.ts';
import type { StoredLine } from './lines.repository.ts';
import { tvRepair } from '../../test/demo-work.ts';

const demo: RateCardVersion = { id: 7, effectiveFrom: '2026-11-01', card: demoRateCard };
const amounts = (inputs: Partial<LineInputs>) => {
  const line = computeLine(demo, { ...tvRepair, ...inputs });
  return Object.fromEntries(line.components.map((c) => [c.kind, c.amountFen]));
};

describe('a settlement line from the demo rate card, computed by hand', () => {
  it('C (free under warranty): labor, travel, parts handling and the fixed fee, each explained', () => {
    const line = computeLine(demo, tvRepair);
    // 6000 fen/h × 90 min ÷ 60 = 9000; 15 km free then 15 km × 150 = 2250; 45678 × 8 % = 3654.24 → 3654; fixed 3000.
    expect(line.components.map((c) => [c.kind, c.amountFen])).toEqual([
      ['labor', 9000],
      ['travel', 2250],
      ['parts_handling', 3654],
      ['fixed_fee', 3000],
    ]);
    expect(line).toMatchObject({ amountFen: 17_904, rateCardVersionId: 7, standardMinutes: 90, travelBandFromKm: 15 });
    expect(line.components[0]!.formula).toBe(
      '6000 fen/h (grade A, region east) × 90 min (operation R-PCB-REPLACE, TV) ÷ 60',
    );
    expect(line.components[1]!.formula).toBe(
      '0 fen/km × 15 km (band from 0 km) + 150 fen/km × 15 km (band from 15 km), capped at 12000 fen',
    );
    expect(line.rounding).toMatch(/half-up to the fen/);
  });

  // Each row changes the demo repair and names the components that change from the demo repair's:
  // labor 9000, travel 2250, parts handling 3654, fixed fee 3000 (undefined: the component is not paid).
  const demoRepair = { labor: 9000, travel: 2250, parts_handling: 3654, fixed_fee: 3000 };
  it.each<[string, Partial<LineInputs>, Partial<Record<keyof typeof demoRepair, number | undefined>>]>([
    ['B (service contract): the same components with its own fixed fee', { serviceType: 'B' }, { fixed_fee: 2000 }],
    [
      'D (internal work): labor and the fixed fee only',
      { serviceType: 'D' },
      { travel: undefined, parts_handling: undefined, fixed_fee: 1000 },
    ],
    [
      'labor rounds half-up: 4806 fen/h × 25 min = 2002.5 → 2003',
      { grade: 'C', operationCode: 'R-DIAG', oneWayMeters: 0, partsCostFen: 0 },
      { labor: 2003, travel: 0, parts_handling: 0 },
    ],
    ['travel across three bands: 35 km × 150 + 12.5 km × 100', { oneWayMeters: 62_500 }, { travel: 6500 }],
    ['travel rounds once on the sum: 5250 + 0.5 → 5251', { oneWayMeters: 50_005 }, { travel: 5251 }],
    ['travel inside the free radius costs nothing', { oneWayMeters: 15_000 }, { travel: 0 }],
    ['travel is capped: 200 km would be 20250', { oneWayMeters: 200_000 }, { travel: 12_000 }],
    ['parts handling rounds half-up: 12345 × 8 % = 987.6 → 988', { partsCostFen: 12_345 }, { parts_handling: 988 }],
  ])('%s', (_label, inputs, changed) => {
    const components = Object.fromEntries(
      Object.entries({ ...demoRepair, ...changed }).filter(([, fen]) => fen !== undefined),
    ) as Record<string, number>;
    expect(amounts(inputs)).toEqual(components);
    // The line's amount is the sum of exactly these components.
    const total = Object.values(components).reduce((sum, fen) => sum + fen, 0);
    expect(computeLine(demo, { ...tvRepair, ...inputs }).amountFen).toBe(total);
  });

  it('A (paid by the customer): the manufacturer pays nothing, and says why', () => {
    const line = computeLine(demo, { ...tvRepair, serviceType: 'A', operationCode: 'NOT-ON-THE-CARD' });
    expect(line).toMatchObject({ amountFen: 0, components: [], standardMinutes: null, travelBandFromKm: null });
    expect(line.notes[0]).toMatch(/customer pays/);
  });

  it.each([
    [{ grade: 'Z' }, 'grade', /no labor rate for grade Z in region east/],
    [{ region: 'north' }, 'grade', /no labor rate/],
    [{ operationCode: 'R-UNKNOWN' }, 'operationCode', /no standard time for operation R-UNKNOWN on TV/],
    [{ category: 'AC' }, 'operationCode', /no standard time/],
    [{ oneWayMeters: -1 }, 'oneWayMeters', /not negative/],
    [{ oneWayMeters: 1.5 }, 'oneWayMeters', /whole metres/],
    [{ partsCostFen: 0.5 }, 'partsCostFen', /whole fen/],
  ] as const)(
    'a rate the card lacks or a bad input is a BAD_REQUEST naming the field: %o',
    (inputs, field, message) => {
      expect(() => computeLine(demo, { ...tvRepair, ...inputs })).toThrow(message);
      try {
        computeLine(demo, { ...tvRepair, ...inputs });
      } catch (error) {
        expect(error).toMatchObject({ code: 'BAD_REQUEST', field });
      }
    },
  );
});

const grades = ['A', 'B'];
const regions = ['east', 'west'];
const operations = ['R-1', 'R-2'];
const categories = ['TV', 'AC'];
const fenArb = fc.integer({ min: 0, max: 1_000_000 });
const termsArb = fc.record({ pays: fc.subarray([...lineComponentKinds]), fixedFeeFen: fenArb });
const cardArb: fc.Arbitrary<RateCard> = fc.record({
  laborRates: fc.tuple(
    ...grades.flatMap((grade) => regions.map((region) => fenArb.map((fenPerHour) => ({ grade, region, fenPerHour })))),
  ),
  standardTimes: fc.tuple(
    ...operations.flatMap((operationCode) =>
      categories.map((category) =>
        fc.integer({ min: 1, max: 6000 }).map((minutes) => ({ operationCode, category, minutes })),
      ),
    ),
  ),
  travel: fc.record({
    bands: fc
      .uniqueArray(fc.integer({ min: 1, max: 300 }), { maxLength: 4 })
      .chain((starts) =>
        fc.tuple(
          ...[0, ...starts.sort((a, b) => a - b)].map((fromKm) =>
            fc.integer({ min: 0, max: 1000 }).map((fenPerKm) => ({ fromKm, fenPerKm })),
          ),
        ),
      ),
    capFen: fc.option(fenArb, { nil: null }),
  }),
  partsHandlingBp: fc.integer({ min: 0, max: 10_000 }),
  serviceTypes: fc.record({ B: termsArb, C: termsArb, D: termsArb }),
});
const inputsArb: fc.Arbitrary<LineInputs> = fc.record({
  serviceType: fc.constantFrom<ServiceType>('A', 'B', 'C', 'D'),
  operationCode: fc.constantFrom(...operations),
  category: fc.constantFrom(...categories),
  grade: fc.constantFrom(...grades),
  region: fc.constantFrom(...regions),
  oneWayMeters: fc.integer({ min: 0, max: 500_000 }),
  partsCostFen: fc.integer({ min: 0, max: 100_000_000 }),
});

describe('settlement lines (properties over random rate cards)', () => {
  it('the generated cards are valid rate cards', () => {
    expect(rateCardSchema.safeParse(demoRateCard).success).toBe(true);
    fc.assert(
      fc.property(cardArb, (card) => {
        expect(rateCardSchema.safeParse(card).error).toBeUndefined();
      }),
    );
  });

  it('the amount is the sum of the components, never negative, and A always pays 0', () => {
    fc.assert(
      fc.property(cardArb, inputsArb, (card, inputs) => {
        const line = computeLine({ id: 1, effectiveFrom: '2026-01-01', card }, inputs);
        expect(line.amountFen).toBe(line.components.reduce((s, c) => s + c.amountFen, 0));
        expect(line.amountFen).toBeGreaterThanOrEqual(0);
        for (const c of line.components) expect(Number.isSafeInteger(c.amountFen)).toBe(true);
        if (inputs.serviceType === 'A') expect(line.amountFen).toBe(0);
      }),
    );
  });

  it('is monotone in distance: farther never pays less', () => {
    fc.assert(
      fc.property(cardArb, inputsArb, fc.integer({ min: 0, max: 100_000 }), (card, inputs, further) => {
        const version = { id: 1, effectiveFrom: '2026-01-01', card };
        expect(
          computeLine(version, { ...inputs, oneWayMeters: inputs.oneWayMeters + further }).amountFen,
        ).toBeGreaterThanOrEqual(computeLine(version, inputs).amountFen);
      }),
    );
  });

  it('is monotone in standard time: a longer operation never pays less', () => {
    fc.assert(
      fc.property(cardArb, inputsArb, fc.integer({ min: 0, max: 600 }), (card, inputs, longer) => {
        const version = { id: 1, effectiveFrom: '2026-01-01', card };
        const slower = {
          ...version,
          card: { ...card, standardTimes: card.standardTimes.map((t) => ({ ...t, minutes: t.minutes + longer })) },
        };
        expect(computeLine(slower, inputs).amountFen).toBeGreaterThanOrEqual(computeLine(version, inputs).amountFen);
      }),
    );
  });

  it('recomputing a stored line (after a round trip through JSON, as jsonb stores it) from its inputs and rate-card version gives the same amount and components', () => {
    fc.assert(
      fc.property(cardArb, inputsArb, (card, inputs) => {
        const version = { id: 3, effectiveFrom: '2026-01-01', card };
        const c = computeLine(version, inputs);
        const stored: StoredLine = JSON.parse(
          JSON.stringify({
            id: 1,
            claimId: 'WC-1',
            providerId: 'SP-1',
            businessDate: '2026-11-05',
            ...inputs,
            rateCardVersionId: 3,
            standardMinutes: c.standardMinutes,
            travelBandFromKm: c.travelBandFromKm,
            amountFen: c.amountFen,
            explanation: { components: c.components, rounding: c.rounding, notes: c.notes },
            transferId: null,
          }),
        );
        const explained = explainLine(stored, JSON.parse(JSON.stringify(version)));
        expect(explained.reproduces).toBe(true);
        expect(explained.recomputed.amountFen).toBe(stored.amountFen);
        // A stored amount off by one fen is caught.
        expect(explainLine({ ...stored, amountFen: stored.amountFen + 1 }, version).reproduces).toBe(false);
      }),
    );
  });
});

// CAR2021 rules (G, docs/warranty-law.md) at their boundaries.
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import type { Decision, Repair, RemedyKind } from './contract.ts';
import { addDays } from './days.ts';
import { isPowertrainPart } from './household-car.ts';
import { car, kinds, qualityClaim } from './test-support/claim-facts.ts';
import type { FactsOptions } from './test-support/claim-facts.ts';

const INVOICE = '2024-03-01';
const PRICE = 20_000_000;
const onDay = (day: number) => addDays(INVOICE, day);
const ruleOf = (decision: Decision, kind: RemedyKind) => decision.remedies.find((r) => r.kind === kind)?.rule;

function carClaim(day: number, km: number, options: FactsOptions = {}) {
  return adjudicate(
    qualityClaim(car, INVOICE, onDay(day), {
      ...options,
      sale: { priceFen: PRICE, ...options.sale },
      claim: { odometerKm: km, ...options.claim },
    }),
  );
}

/** `count` one-day repairs of 20 hours, 20 days apart, from day 10 after `from`. */
function repairs(count: number, template: Partial<Repair> = {}, from = INVOICE): Repair[] {
  return Array.from({ length: count }, (_, i) => ({
    sentOn: addDays(from, 10 + i * 20),
    completedOn: addDays(from, 11 + i * 20),
    hours: 20,
    fixed: true,
    ...template,
  }));
}

describe('G1/G2 — periods in days and km, whichever first (T13)', () => {
  it('inside the free-repair period a repair is free (G2)', () => {
    expect(carClaim(400, 20_000).remedies).toMatchObject([{ kind: 'repair', rule: 'G2', free: true }]);
  });

  it('after 60,000 km the free-repair period is over even within 3 years → paid repair (G2)', () => {
    const decision = carClaim(400, 60_001);
    expect(decision.remedies).toMatchObject([{ kind: 'paid_repair', rule: 'G2', free: false }]);
    expect(carClaim(400, 60_000).remedies[0]).toMatchObject({ kind: 'repair', rule: 'G2' });
  });

  it('after 3 years the free-repair period is over (2027-03-01 is the last day)', () => {
    expect(adjudicate(qualityClaim(car, INVOICE, '2027-03-01')).remedies[0]).toMatchObject({
      kind: 'repair',
      rule: 'G2',
    });
    expect(adjudicate(qualityClaim(car, INVOICE, '2027-03-02')).remedies[0]).toMatchObject({
      kind: 'paid_repair',
      rule: 'G2',
    });
  });

  it('past 50,000 km a G7 trigger no longer opens replace/refund (G1), but repair stays free', () => {
    const sameProblem = repairs(5, { faultCode: 'stall' });
    expect(ruleOf(carClaim(300, 50_000, { repairs: sameProblem }), 'refund')).toBe('G7');
    const decision = carClaim(300, 50_001, { repairs: sameProblem });
    expect(kinds(decision)).toEqual(['repair']);
    expect(decision.denied.map((d) => [d.kind, d.rule])).toEqual([
      ['refund', 'G1'],
      ['replace', 'G1'],
    ]);
  });

  it('the 三包 period ends on its last day (2026-03-01 + 5 days of repair = 2026-03-06)', () => {
    const sameProblem = repairs(5, { faultCode: 'stall' });
    expect(
      adjudicate(qualityClaim(car, INVOICE, '2026-03-06', { repairs: sameProblem })).coverage.wholeUnitEndsOn,
    ).toBe('2026-03-06');
    expect(
      ruleOf(
        adjudicate(qualityClaim(car, INVOICE, '2026-03-06', { repairs: sameProblem, claim: { odometerKm: 30_000 } })),
        'refund',
      ),
    ).toBe('G7');
    expect(
      ruleOf(
        adjudicate(qualityClaim(car, INVOICE, '2026-03-07', { repairs: sameProblem, claim: { odometerKm: 30_000 } })),
        'refund',
      ),
    ).toBeUndefined();
  });
});

describe('G3/G5/G6 — early windows (7 days; 60 days or 3,000 km)', () => {
  it.each([
    [7, 'G5'],
    [8, undefined],
  ])('powertrain replacement needed on day %i → vehicle replace/refund %s', (day, rule) => {
    expect(ruleOf(carClaim(day, 100, { claim: { partCode: 'drive_motor' } }), 'refund')).toBe(rule);
  });

  it.each([
    [60, 3_000, 'G3'],
    [61, 100, undefined],
    [10, 3_001, undefined],
  ])('engine main component on day %i at %i km → assembly replacement %s', (day, km, rule) => {
    const decision = carClaim(day, km, { claim: { partCode: 'engine.cylinder_head' } });
    expect(ruleOf(decision, 'replace_part')).toBe(rule);
    if (!rule) expect(decision.denied.find((d) => d.kind === 'replace_part')?.rule).toBe('G3');
  });

  it.each([
    ['steering', 60, 3_000, 'G6'],
    ['body_crack', 61, 100, undefined],
    ['fuel_leak', 30, 3_001, undefined],
    ['battery_fire', 30, 500, 'G6'],
    ['other', 30, 500, undefined],
  ] as const)('%s failure on day %i at %i km → replace/refund %s', (fault, day, km, rule) => {
    expect(ruleOf(carClaim(day, km, { claim: { seriousSafetyFault: fault } }), 'refund')).toBe(rule);
  });

  it('CAR2013 (bought before 2022) has no battery-fire ground and is flagged for review (G-hist)', () => {
    const decision = adjudicate(
      qualityClaim(car, '2021-06-01', '2021-06-20', { claim: { seriousSafetyFault: 'battery_fire', odometerKm: 500 } }),
    );
    expect(ruleOf(decision, 'refund')).toBeUndefined();
    expect(decision.flags).toContain('needs_legal_review');
  });

  it('a non-powertrain part is not an assembly replacement', () => {
    expect(isPowertrainPart('engine.piston', ['engine'])).toBe(true);
    expect(isPowertrainPart('transmission_valve_body', ['transmission'])).toBe(false);
    expect(isPowertrainPart('engineering_kit', ['engine'])).toBe(false);
    expect(isPowertrainPart('wiper', ['engine'])).toBe(false);
    expect(ruleOf(carClaim(5, 100, { claim: { partCode: 'wiper' } }), 'replace_part')).toBeUndefined();
  });
});

describe('G4 — courtesy car after a single repair of more than 5 days (T12)', () => {
  it.each([
    [120, undefined],
    [121, 'G4'],
  ])('a completed repair of %i hours → courtesy car %s', (hours, rule) => {
    const decision = carClaim(100, 5_000, {
      repairs: [{ sentOn: onDay(90), completedOn: onDay(96), hours, fixed: true }],
    });
    expect(ruleOf(decision, 'courtesy_car')).toBe(rule);
  });

  it.each([
    [5, undefined],
    [6, 'G4'],
  ])('a repair still open after %i days → courtesy car %s', (days, rule) => {
    const decision = carClaim(100 + days, 5_000, { claim: { pendingRepair: { sentOn: onDay(100) } } });
    expect(ruleOf(decision, 'courtesy_car')).toBe(rule);
  });
});

describe('G7/G8 — replace or refund within the 三包 period, with the usage fee (G11)', () => {
  it.each([
    [4, undefined],
    [5, 'G7'],
  ])('the same problem repaired %i times → %s (more than 4)', (count, rule) => {
    expect(ruleOf(carClaim(200, 12_000, { repairs: repairs(count, { faultCode: 'stall' }) }), 'refund')).toBe(rule);
  });

  it('different problems repaired 5 times do not add up', () => {
    const mixed = repairs(5).map((repair, i) => ({ ...repair, faultCode: `fault_${i}` }));
    expect(ruleOf(carClaim(200, 12_000, { repairs: mixed }), 'refund')).toBeUndefined();
  });

  it('CAR2013 needs more than 5 repairs of the same problem (G-hist)', () => {
    const decide = (count: number) =>
      adjudicate(
        qualityClaim(car, '2021-03-01', '2021-12-01', {
          repairs: repairs(count, { faultCode: 'stall' }, '2021-03-01'),
          claim: { odometerKm: 9_000 },
        }),
      );
    expect(ruleOf(decide(5), 'refund')).toBeUndefined();
    expect(ruleOf(decide(6), 'refund')).toBe('G7');
  });

  it.each([
    [30 * 24, undefined],
    [30 * 24 + 1, 'G7'],
  ])('cumulative repair time of %i hours → %s (more than 30 days)', (hours, rule) => {
    const twoRepairs: Repair[] = [
      { sentOn: onDay(50), completedOn: onDay(65), hours: 15 * 24, fixed: true },
      { sentOn: onDay(100), completedOn: onDay(116), hours: hours - 15 * 24, fixed: true },
    ];
    expect(ruleOf(carClaim(200, 12_000, { repairs: twoRepairs }), 'refund')).toBe(rule);
  });

  it('special-parts transport and rescue travel time do not count toward the 30 days (G8)', () => {
    const long: Repair[] = [
      { sentOn: onDay(50), completedOn: onDay(83), hours: 33 * 24, excludedHours: 72, fixed: true },
    ];
    const decision = carClaim(200, 12_000, { repairs: long });
    expect(ruleOf(decision, 'refund')).toBeUndefined();
    // …but they do count for the courtesy car (G4).
    expect(ruleOf(decision, 'courtesy_car')).toBe('G4');
  });

  it('two repairs of a serious safety fault and the fault persists → replace/refund (G7(1))', () => {
    const serious = repairs(2, { seriousSafetyFault: true });
    expect(ruleOf(carClaim(200, 12_000, { repairs: serious, claim: { seriousSafetyFault: 'other' } }), 'refund')).toBe(
      'G7',
    );
    expect(
      ruleOf(carClaim(200, 12_000, { repairs: serious.slice(0, 1), claim: { seriousSafetyFault: 'other' } }), 'refund'),
    ).toBeUndefined();
    expect(ruleOf(carClaim(200, 12_000, { repairs: serious }), 'refund')).toBeUndefined();
  });

  it('an assembly replaced twice and still not usable → replace/refund (G7(2))', () => {
    const replacements = [
      { on: onDay(40), scope: 'transmission' },
      { on: onDay(90), scope: 'engine' },
    ];
    expect(ruleOf(carClaim(200, 12_000, { replacements, claim: { partCode: 'transmission' } }), 'refund')).toBe('G7');
    expect(
      ruleOf(
        carClaim(200, 12_000, { replacements: replacements.slice(1), claim: { partCode: 'transmission' } }),
        'refund',
      ),
    ).toBeUndefined();
  });

  it('the same main component replaced twice → replace/refund (G7(3)); a part that is not a main component does not count', () => {
    const policy = { ...car, mainParts: ['brake_caliper'] };
    const twice = (scope: string) => [
      { on: onDay(40), scope },
      { on: onDay(90), scope },
    ];
    const claim = (scope: string) =>
      adjudicate(
        qualityClaim(policy, INVOICE, onDay(200), {
          replacements: twice(scope),
          claim: { partCode: scope, odometerKm: 9_000 },
        }),
      );
    expect(ruleOf(claim('brake_caliper'), 'replace')).toBe('G7');
    expect(ruleOf(claim('wiper_blade'), 'replace')).toBeUndefined();
  });

  it('the usage fee is charged on both replace and refund, n capped at 0.5% (G11)', () => {
    const decision = adjudicate(
      qualityClaim({ ...car, usageFactorBp: 80 }, INVOICE, onDay(200), {
        sale: { priceFen: PRICE },
        claim: { odometerKm: 12_000 },
        repairs: repairs(5, { faultCode: 'stall' }),
      }),
    );
    expect(decision.remedies.find((r) => r.kind === 'refund')).toMatchObject({
      usageFeeFen: 1_200_000,
      refundFen: 18_800_000,
      free: false,
    });
    expect(decision.remedies.find((r) => r.kind === 'replace')).toMatchObject({ usageFeeFen: 1_200_000, free: false });
    expect(decision.flags).toContain('usage_factor_capped');
  });

  it('without n on the voucher no usage fee is charged and the claim is flagged', () => {
    const decision = adjudicate(
      qualityClaim({ ...car, usageFactorBp: undefined }, INVOICE, onDay(200), {
        sale: { priceFen: PRICE },
        claim: { odometerKm: 12_000 },
        repairs: repairs(5, { faultCode: 'stall' }),
      }),
    );
    expect(decision.remedies.find((r) => r.kind === 'refund')).toMatchObject({
      refundFen: PRICE,
      usageFeeFen: 0,
      free: true,
    });
    expect(decision.flags).toContain('needs_legal_review');
  });

  it('states the seller’s deadlines in working days (G12, T14) and the compensation (G10)', () => {
    const decision = carClaim(200, 12_000, {
      repairs: repairs(5, { faultCode: 'stall' }),
      holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'],
      makeUpWorkdays: ['2024-10-12'],
    });
    // Claim 2024-09-17 (Tue): 10 working days → 2024-10-08 across National Day.
    expect(decision.remedies.find((r) => r.kind === 'refund')?.note).toContain('answers by 2024-10-08');
    expect(decision.remedies.find((r) => r.kind === 'refund')?.note).toContain('(G10)');
  });

  it('with no vehicle of the same model the replacement stays (at least the original configuration) beside the refund (G9)', () => {
    const decision = carClaim(200, 12_000, {
      repairs: repairs(5, { faultCode: 'stall' }),
      claim: { sellerHasSameModel: false },
    });
    expect(kinds(decision)).toEqual(['refund', 'replace', 'repair']);
    expect(decision.denied.map((d) => d.kind)).not.toContain('replace');
  });

  it('G5 and G6 remedies are free of any usage fee', () => {
    const decision = carClaim(3, 200, { claim: { partCode: 'traction_battery', seriousSafetyFault: 'battery_fire' } });
    expect(
      decision.remedies
        .filter((r) => r.kind === 'refund' || r.kind === 'replace')
        .every((r) => r.usageFeeFen === 0 && r.free),
    ).toBe(true);
  });
});

describe('G15 — exemptions', () => {
  it.each([['misuse'], ['unauthorizedDisassembly'], ['forceMajeure'], ['disclosedDefect']] as const)(
    '%s → paid repair only, the rest denied under G15',
    (cause) => {
      const decision = carClaim(3, 200, { claim: { partCode: 'engine', causes: { [cause]: true } } });
      expect(decision.remedies).toMatchObject([{ kind: 'paid_repair', rule: 'G15', free: false }]);
      expect(decision.denied.length).toBeGreaterThanOrEqual(3);
      expect(decision.denied.every((d) => d.rule === 'G15')).toBe(true);
    },
  );
});

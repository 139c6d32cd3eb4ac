// Contract defaults 17–28: one table per default, each row a claim and what the contract prescribes.
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import type { ClaimFacts, Policy, Repair } from './contract.ts';
import { addDays } from './days.ts';
import { usageFee } from './refund.ts';
import { car, colourTv, cst, lcdTv, notebook, phone, qualityClaim, uncatalogued } from './test-support/claim-facts.ts';
import { carClaimOn, granted, refused, remedyOf } from './test-support/decision-views.ts';

const INVOICE = '2024-03-01';

describe('default 17: a "within N days" window or a period end that falls on a holiday ends on the first day after the holiday run', () => {
  const received = { deliveredAt: cst(INVOICE) };
  it.each<[string, ClaimFacts, Record<string, string>]>([
    [
      'A1: day 7 is a holiday, so a claim on day 8 may still return',
      qualityClaim(uncatalogued, INVOICE, '2024-03-09', { sale: received, holidays: ['2024-03-08'] }),
      { refund: 'A1', replace: 'A1', repair: 'A1' },
    ],
    [
      'A1: day 9 is past the moved window: replacement or repair, no end date',
      qualityClaim(uncatalogued, INVOICE, '2024-03-10', { sale: received, holidays: ['2024-03-08'] }),
      { replace: 'A1', repair: 'A1' },
    ],
    [
      'B3: days 7–9 are holidays, so day 10 still refunds',
      qualityClaim(colourTv, INVOICE, '2024-03-11', { holidays: ['2024-03-08', '2024-03-09', '2024-03-10'] }),
      { refund: 'B3', replace: 'B3', repair: 'B3' },
    ],
    [
      'G6: day 60 is a holiday, so a brake failure on day 61 is inside',
      carClaimOn(61, 2_000, { claim: { seriousSafetyFault: 'brake' }, holidays: [addDays(INVOICE, 60)] }),
      { refund: 'G6', replace: 'G6', repair: 'G2' },
    ],
  ])('%s', (_, facts, expected) => {
    expect(granted(adjudicate(facts))).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['a repair sent on the moved last day of the whole-unit period extends it', '2025-03-04', '2025-03-11'],
    ['a repair sent the day after the moved last day does not', '2025-03-05', '2025-03-04'],
  ])('%s', (_, sentOn, wholeUnitEndsOn) => {
    const holidays = ['2025-03-01', '2025-03-02', '2025-03-03'];
    const repairs: Repair[] = [{ sentOn, completedOn: addDays(sentOn, 10), fixed: true }];
    expect(
      adjudicate(qualityClaim(colourTv, INVOICE, '2025-04-01', { repairs, holidays })).coverage.wholeUnitEndsOn,
    ).toBe(wholeUnitEndsOn);
  });

  it('the 30-day repair guarantee does not move past holidays', () => {
    const repairs: Repair[] = [{ sentOn: '2025-02-10', completedOn: '2025-02-17', fixed: true }];
    const decision = adjudicate(qualityClaim(colourTv, INVOICE, '2025-03-20', { repairs, holidays: ['2025-03-19'] }));
    expect(granted(decision)).toEqual({ paid_repair: 'B14' });
  });
});

describe('default 18: A1 uncatalogued goods — 7 days free refund/replace/repair, then replace and repair without end date unless an agreed period ran out', () => {
  const received = { deliveredAt: cst(INVOICE, '15:00:00') };
  const agreed: Policy = { ...uncatalogued, wholeUnitMonths: 12 };
  it.each<[string, Policy, string, Record<string, string>, Record<string, string>]>([
    ['day 7 after receipt', uncatalogued, '2024-03-08', { refund: 'A1', replace: 'A1', repair: 'A1' }, {}],
    ['day 8, no agreed period', uncatalogued, '2024-03-09', { replace: 'A1', repair: 'A1' }, { refund: 'A1' }],
    [
      'three years later, no agreed period',
      uncatalogued,
      '2027-03-09',
      { replace: 'A1', repair: 'A1' },
      { refund: 'A1' },
    ],
    ['inside an agreed 12-month period', agreed, '2024-12-01', { replace: 'A1', repair: 'A1' }, { refund: 'A1' }],
    [
      'after the agreed period ran out',
      agreed,
      '2025-03-05',
      { paid_repair: 'A1' },
      { refund: 'A1', replace: 'A1', repair: 'A1' },
    ],
  ])('%s', (_, policy, claimOn, remedies, denials) => {
    const decision = adjudicate(qualityClaim(policy, INVOICE, claimOn, { sale: received }));
    expect(granted(decision)).toEqual(remedies);
    expect(refused(decision)).toEqual(denials);
    expect(decision.remedies.every((remedy) => remedy.free === (remedy.kind !== 'paid_repair'))).toBe(true);
    expect(decision.flags).not.toContain('needs_legal_review');
  });
});

describe('default 19: a defect disclosed in writing before the sale excludes in every regime — G15 cars, B10 catalogued goods, A1 uncatalogued goods when it is the only ground', () => {
  it.each<[string, Policy, Record<string, boolean>, string]>([
    ['general goods → paid repair under B10', colourTv, { disclosedDefect: true }, 'B10'],
    ['phones → paid repair under B10', phone, { disclosedDefect: true }, 'B10'],
    ['microcomputers → paid repair under B10', notebook, { disclosedDefect: true }, 'B10'],
    ['cars → paid repair under G15', car, { disclosedDefect: true }, 'G15'],
    ['uncatalogued goods, the only ground → paid repair under A1', uncatalogued, { disclosedDefect: true }, 'A1'],
    [
      'uncatalogued goods with misuse too → paid repair under B10',
      uncatalogued,
      { disclosedDefect: true, misuse: true },
      'B10',
    ],
  ])('%s', (_, policy, causes, rule) => {
    const decision = adjudicate(qualityClaim(policy, INVOICE, '2024-03-05', { claim: { causes, odometerKm: 100 } }));
    expect(granted(decision)).toEqual({ paid_repair: rule });
    expect(decision.denied.length).toBeGreaterThanOrEqual(3);
    expect(decision.denied.every((denial) => denial.rule === rule)).toBe(true);
  });
});

describe('default 20: G9 — a car seller without the same model keeps the replacement; replace and refund are both granted', () => {
  const failedRepairs: Repair[] = [{ sentOn: '2024-04-01', completedOn: '2024-05-10', fixed: false }];
  it.each<[string, ClaimFacts, string]>([
    [
      'G5: engine replaced within 7 days',
      carClaimOn(5, 300, { claim: { partCode: 'engine', sellerHasSameModel: false } }),
      'G5',
    ],
    [
      'G6: brake failure within 60 days',
      carClaimOn(40, 2_100, { claim: { seriousSafetyFault: 'brake', sellerHasSameModel: false } }),
      'G6',
    ],
    [
      'G7: more than 30 days of repairs',
      carClaimOn(120, 9_000, { repairs: failedRepairs, claim: { sellerHasSameModel: false } }),
      'G7',
    ],
  ])('%s', (_, facts, rule) => {
    const decision = adjudicate(facts);
    expect(granted(decision)).toMatchObject({ replace: rule, refund: rule });
    expect(refused(decision)).not.toHaveProperty('replace');
  });
});

describe('default 21: B14 main-part period grants repair and replace_part for general goods', () => {
  it.each<[string, ClaimFacts]>([
    [
      'colour TV picture tube in year 3',
      qualityClaim(colourTv, INVOICE, '2026-06-01', { claim: { partCode: 'picture_tube' } }),
    ],
    [
      'scenario 16: LCD panel two years after installation',
      qualityClaim(lcdTv, '2024-07-20', '2026-09-01', {
        sale: { installedOn: '2024-08-05' },
        claim: { partCode: 'display_panel' },
      }),
    ],
  ])('%s', (_, facts) => {
    const decision = adjudicate(facts);
    expect(granted(decision)).toEqual({ replace_part: 'B14', repair: 'B14' });
    expect(decision.remedies.every((remedy) => remedy.free)).toBe(true);
    expect(refused(decision)).toEqual({ refund: 'B14', replace: 'B14' });
  });
});

describe('default 22: a car part is powertrain only when it equals a listed code or is "code." followed by a component', () => {
  it.each<[string, string[] | undefined, boolean]>([
    ['engine', undefined, true],
    ['transmission.valve_body', undefined, true],
    ['engine.crankshaft', undefined, true],
    ['traction_battery.cell', undefined, true],
    ['engine_mount', undefined, false],
    ['transmission_valve_body', undefined, false],
    ['engine/crankshaft', undefined, false],
    ['engine:crankshaft', undefined, false],
    ['engine_mount', ['engine', 'engine_mount'], true],
  ])('%s (listed: %j) → G5 vehicle replace/refund on day 5: %s', (partCode, powertrainParts, powertrain) => {
    const policy = powertrainParts ? { ...car, powertrainParts } : car;
    const decision = adjudicate(carClaimOn(5, 300, { claim: { partCode } }, policy));
    expect(remedyOf(decision, 'replace')?.rule === 'G5').toBe(powertrain);
    expect(remedyOf(decision, 'replace_part')?.rule === 'G3').toBe(powertrain);
  });
});

describe('default 23: a phone accessory is replaced (C7) only for a listed fault; a non-listed fault gets free repair (C2) only', () => {
  it.each<[string, boolean | undefined, Record<string, string>, Record<string, string>]>([
    ['listed fault', true, { replace_part: 'C7', repair: 'C2' }, { refund: 'C7', replace: 'C7' }],
    [
      'fault not stated (listed by default)',
      undefined,
      { replace_part: 'C7', repair: 'C2' },
      { refund: 'C7', replace: 'C7' },
    ],
    ['non-listed fault', false, { repair: 'C2' }, { replace_part: 'C3', refund: 'C3', replace: 'C7' }],
  ])('%s', (_, performanceFault, remedies, denials) => {
    const claim = performanceFault === undefined ? { partCode: 'battery' } : { partCode: 'battery', performanceFault };
    const decision = adjudicate(qualityClaim(phone, INVOICE, '2024-05-01', { claim }));
    expect(granted(decision)).toEqual(remedies);
    expect(refused(decision)).toEqual(denials);
  });
});

describe('default 24: the car usage fee keeps fractional kilometres and rounds down to the fen once, at the end', () => {
  it.each<[number, number, number, number]>([
    [20_000_000, 12_000, 50, 1_200_000],
    [12_345_678, 1_234.9, 30, 45_737],
    [20_000_000, 0.5, 50, 50],
    [19_999_999, 12_000.25, 50, 1_200_024],
    [20_000_000, 12_000.5, 80, 1_200_050],
  ])('price %i fen, %d km, n %i bp → %i fen', (priceFen, km, factorBp, fee) => {
    expect(usageFee(priceFen, km, factorBp).usageFeeFen).toBe(fee);
  });

  it('a G7 refund is the base less the exact fee (200,000.00 × 12,000.5 km / 1000 × 0.5%)', () => {
    const repairs: Repair[] = [{ sentOn: '2024-04-01', completedOn: '2024-05-10', fixed: false }];
    const decision = adjudicate(carClaimOn(120, 12_000.5, { repairs, sale: { priceFen: 20_000_000 } }));
    expect(remedyOf(decision, 'refund')).toMatchObject({
      rule: 'G7',
      usageFeeFen: 1_200_050,
      refundFen: 18_799_950,
      free: false,
    });
  });
});

describe('default 25: a car 三包有效期 longer than the 包修期 still grants G7 after the 包修期; free repair is then denied (G2)', () => {
  const longValidity: Policy = { ...car, wholeUnitMonths: 48, wholeUnitKm: 80_000 };
  const longRepair: Repair[] = [{ sentOn: '2026-01-10', completedOn: '2026-02-20', fixed: false }];
  it.each<[string, ClaimFacts, Record<string, string>, Record<string, string>]>([
    [
      'after the 包修期, inside the 三包有效期, G7 trigger',
      carClaimOn(1_157, 40_000, { repairs: longRepair }, longValidity),
      { refund: 'G7', replace: 'G7' },
      { repair: 'G2' },
    ],
    [
      'after the 包修期 by km (65,000 > 60,000), inside the 三包有效期, G7 trigger',
      carClaimOn(760, 65_000, { repairs: longRepair }, longValidity),
      { refund: 'G7', replace: 'G7' },
      { repair: 'G2' },
    ],
    [
      'after the 包修期, inside the 三包有效期, no trigger',
      carClaimOn(1_157, 40_000, {}, longValidity),
      { paid_repair: 'G2' },
      { repair: 'G2' },
    ],
    [
      'inside the 包修期, after the 三包有效期',
      carClaimOn(800, 40_000),
      { repair: 'G2' },
      { refund: 'G1', replace: 'G1' },
    ],
    ['outside both', carClaimOn(1_200, 40_000), { paid_repair: 'G2' }, { refund: 'G2', replace: 'G2', repair: 'G2' }],
  ])('%s', (_, facts, remedies, denials) => {
    const decision = adjudicate(facts);
    expect(granted(decision)).toEqual(remedies);
    expect(refused(decision)).toMatchObject(denials);
  });

  it('the G7 refund after the 包修期 carries the usage fee (3,000.00 × 40,000 km / 1000 × 0.5% = 600.00)', () => {
    const decision = adjudicate(carClaimOn(1_157, 40_000, { repairs: longRepair }, longValidity));
    expect(remedyOf(decision, 'refund')).toMatchObject({ usageFeeFen: 60_000, refundFen: 240_000, free: false });
  });
});

describe('default 26: B5/C6 count repairs of the unit — for phones the host — so phone-accessory repairs never count', () => {
  const failed = (partCode?: string): Repair[] => [
    { sentOn: '2024-04-01', completedOn: '2024-04-05', fixed: false, ...(partCode ? { partCode } : {}) },
    { sentOn: '2024-05-01', completedOn: '2024-05-05', fixed: false, ...(partCode ? { partCode } : {}) },
  ];
  it.each<[string, Policy, Repair[], string | undefined]>([
    ['phone: two failed host repairs → C6', phone, failed(), 'C6'],
    ['phone: two failed battery repairs → no C6', phone, failed('battery'), undefined],
    ['phone: two failed charger repairs → no C6', phone, failed('charger'), undefined],
    ['general goods: two failed repairs of any part → B5', colourTv, failed('speaker'), 'B5'],
  ])('%s', (_, policy, repairs, rule) => {
    const decision = adjudicate(qualityClaim(policy, INVOICE, '2024-06-01', { repairs }));
    expect(remedyOf(decision, 'replace')?.rule).toBe(rule);
  });
});

describe('default 27: the latest unit replacement restarts every period on its date, also where that ends earlier', () => {
  const longOpenRepair: Repair[] = [{ sentOn: '2024-03-05', completedOn: '2024-12-01', fixed: false }];
  it.each<[string, ClaimFacts, { startsOn: string; wholeUnitEndsOn: string; mainPartEndsOn: string }]>([
    [
      'scenario 13: unit replaced 2024-05-01',
      qualityClaim(colourTv, INVOICE, '2024-06-01', { replacements: [{ on: '2024-05-01', scope: 'unit' }] }),
      { startsOn: '2024-05-01', wholeUnitEndsOn: '2025-05-01', mainPartEndsOn: '2027-05-01' },
    ],
    [
      'the latest of two replacements',
      qualityClaim(colourTv, INVOICE, '2024-09-01', {
        replacements: [
          { on: '2024-05-01', scope: 'unit' },
          { on: '2024-08-01', scope: 'unit' },
        ],
      }),
      { startsOn: '2024-08-01', wholeUnitEndsOn: '2025-08-01', mainPartEndsOn: '2027-08-01' },
    ],
    [
      'a replacement after the claim date counts not',
      qualityClaim(colourTv, INVOICE, '2024-06-01', { replacements: [{ on: '2024-07-01', scope: 'unit' }] }),
      { startsOn: INVOICE, wholeUnitEndsOn: '2025-03-01', mainPartEndsOn: '2027-03-01' },
    ],
    [
      'restart before a long repair ended: earlier end than before',
      qualityClaim(colourTv, INVOICE, '2025-07-01', {
        repairs: longOpenRepair,
        replacements: [{ on: '2024-06-01', scope: 'unit' }],
      }),
      { startsOn: '2024-06-01', wholeUnitEndsOn: '2025-06-01', mainPartEndsOn: '2027-06-01' },
    ],
  ])('%s', (_, facts, coverage) => {
    expect(adjudicate(facts).coverage).toMatchObject(coverage);
  });

  it('a claim after the restarted (earlier) whole-unit end gets paid repair only', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, INVOICE, '2025-07-01', {
        repairs: longOpenRepair,
        replacements: [{ on: '2024-06-01', scope: 'unit' }],
      }),
    );
    expect(granted(decision)).toEqual({ paid_repair: 'B14' });
  });
});

describe('default 28: G7(1) needs 2 serious-safety repairs and a fault that persists — reported by the claim or left by the last repair', () => {
  const serious = (firstFixed: boolean, lastFixed: boolean): Repair[] => [
    { sentOn: '2024-04-01', completedOn: '2024-04-03', fixed: firstFixed, seriousSafetyFault: true },
    { sentOn: '2024-05-01', completedOn: '2024-05-03', fixed: lastFixed, seriousSafetyFault: true },
  ];
  it.each<[string, Repair[], ClaimFacts['claim']['seriousSafetyFault'], boolean]>([
    ['earlier unfixed, last fixed, claim reports none → no G7', serious(false, true), undefined, false],
    ['last unfixed → G7', serious(true, false), undefined, true],
    ['both fixed, the claim reports a serious fault → G7', serious(true, true), 'other', true],
    ['both fixed, no serious fault now → no G7', serious(true, true), undefined, false],
  ])('%s', (_, repairs, seriousSafetyFault, g7) => {
    const claim = seriousSafetyFault ? { seriousSafetyFault } : {};
    const decision = adjudicate(carClaimOn(92, 5_000, { repairs, claim }));
    expect(remedyOf(decision, 'replace')?.rule === 'G7').toBe(g7);
    expect(remedyOf(decision, 'refund')?.rule === 'G7').toBe(g7);
  });
});

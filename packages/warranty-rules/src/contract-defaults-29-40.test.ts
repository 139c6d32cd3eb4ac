// Contract defaults 29–40: one table per default, each row a claim and what the contract prescribes.
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import type { ClaimFacts, Policy, Repair } from './contract.ts';
import { addDays } from './days.ts';
import { car, colourTv, cst, notebook, phone, qualityClaim, uncatalogued } from './test-support/claim-facts.ts';
import { carClaimOn, granted, refused, remedyOf } from './test-support/decision-views.ts';

const INVOICE = '2024-03-01';

describe('default 29: accessoryMonths bind phones only; elsewhere such a part is an ordinary part of the unit', () => {
  const tvWithAccessories: Policy = { ...colourTv, accessoryMonths: { remote_control: 3, tuner: 6 } };
  const notebookWithAccessories: Policy = { ...notebook, accessoryMonths: { power_adapter: 6 } };
  it.each<[string, ClaimFacts, Record<string, string>]>([
    [
      'general goods: remote control in month 6 is inside the whole-unit period (B9)',
      qualityClaim(tvWithAccessories, INVOICE, '2024-09-01', { claim: { partCode: 'remote_control' } }),
      { repair: 'B9' },
    ],
    [
      'general goods: a listed main part keeps its main-part period (B14)',
      qualityClaim(tvWithAccessories, INVOICE, '2025-11-01', { claim: { partCode: 'tuner' } }),
      { replace_part: 'B14', repair: 'B14' },
    ],
    [
      'microcomputer: the power adapter in month 18 is a main part (E3)',
      qualityClaim(notebookWithAccessories, INVOICE, '2025-09-01', { claim: { partCode: 'power_adapter' } }),
      { replace_part: 'E3', repair: 'E3' },
    ],
    [
      'phones: the battery period (6 months) has run out in month 8 (C2)',
      qualityClaim(phone, INVOICE, '2024-11-01', { claim: { partCode: 'battery' } }),
      { paid_repair: 'C2' },
    ],
  ])('%s', (_, facts, expected) => {
    expect(granted(adjudicate(facts))).toEqual(expected);
  });
});

describe('default 30: G8 excluded hours leave the G7(4) count whether the repair time comes from hours or from days × 24 h', () => {
  it.each<[string, Repair, boolean]>([
    [
      '31 days, no hours, 48 h excluded → 29 days, no G7',
      { sentOn: '2024-04-01', completedOn: '2024-05-02', fixed: true, excludedHours: 48 },
      false,
    ],
    [
      '31 days, no hours, nothing excluded → G7',
      { sentOn: '2024-04-01', completedOn: '2024-05-02', fixed: true },
      true,
    ],
    [
      '760 h with 48 h excluded → 712 h = 30 days, no G7',
      { sentOn: '2024-04-01', completedOn: '2024-05-02', fixed: true, hours: 760, excludedHours: 48 },
      false,
    ],
    [
      '760 h with 20 h excluded → 740 h = 31 days → G7',
      { sentOn: '2024-04-01', completedOn: '2024-05-02', fixed: true, hours: 760, excludedHours: 20 },
      true,
    ],
  ])('%s', (_, repair, g7) => {
    const decision = adjudicate(carClaimOn(92, 5_000, { repairs: [repair] }));
    expect(remedyOf(decision, 'refund')?.rule === 'G7').toBe(g7);
    expect(remedyOf(decision, 'courtesy_car')?.rule).toBe('G4');
  });
});

describe('default 31: a repair occupies min(completedOn, claim date) − sentOn days; days after the claim date count nowhere', () => {
  it('a repair completed after the claim date extends the periods only up to the claim date', () => {
    const repairs: Repair[] = [{ sentOn: '2025-02-20', completedOn: '2025-04-01', fixed: true }];
    expect(adjudicate(qualityClaim(colourTv, INVOICE, '2025-03-10', { repairs })).coverage).toEqual({
      startsOn: INVOICE,
      wholeUnitEndsOn: '2025-03-19',
      mainPartEndsOn: '2027-03-19',
      extensionDays: 18,
    });
  });

  it('same-day car repairs without hours occupy 0 days: 31 of them make no 30-day G7(4) trigger', () => {
    const repairs: Repair[] = Array.from({ length: 31 }, (_, i) => ({
      sentOn: addDays('2024-04-01', i),
      completedOn: addDays('2024-04-01', i),
      fixed: true,
    }));
    const decision = adjudicate(carClaimOn(92, 5_000, { repairs }));
    expect(granted(decision)).toEqual({ repair: 'G2' });
  });

  it('depreciation counts the used days up to the claim date, less repair days up to it', () => {
    const repairs: Repair[] = [
      { sentOn: '2024-03-10', completedOn: '2024-03-15', fixed: false },
      { sentOn: '2024-06-01', completedOn: '2024-07-01', fixed: false },
    ];
    // Claim 2024-06-09: 100 days since the invoice, less 5 + 8 repair days = 87 used days × 0.1% × 3,000.00.
    expect(remedyOf(adjudicate(qualityClaim(colourTv, INVOICE, '2024-06-09', { repairs })), 'refund')).toMatchObject({
      depreciationFen: 26_100,
      refundFen: 273_900,
    });
  });
});

describe('default 32: a no-reason deadline counted from the invoice date (no delivery record) carries delivery_date_assumed', () => {
  it.each<[string, ClaimFacts, string | undefined, boolean]>([
    [
      'online sale without a delivery record',
      qualityClaim(colourTv, INVOICE, '2024-03-05', { sale: { channel: 'online' } }),
      '2024-03-08',
      true,
    ],
    [
      'online sale installed but not recorded as delivered: from the invoice date, never installedOn',
      qualityClaim(colourTv, INVOICE, '2024-03-05', { sale: { channel: 'online', installedOn: '2024-03-04' } }),
      '2024-03-08',
      true,
    ],
    [
      'online sale signed for on 2024-03-03',
      qualityClaim(colourTv, INVOICE, '2024-03-05', { sale: { channel: 'online', deliveredAt: cst('2024-03-03') } }),
      '2024-03-10',
      false,
    ],
    ['store sale: no deadline, no flag', qualityClaim(colourTv, INVOICE, '2024-03-05'), undefined, false],
  ])('%s', (_, facts, deadline, flagged) => {
    const decision = adjudicate(facts);
    expect(decision.noReasonDeadline).toBe(deadline);
    expect(decision.flags.includes('delivery_date_assumed')).toBe(flagged);
  });

  it('a no-reason claim without a delivery record is flagged too', () => {
    const facts: ClaimFacts = {
      policy: uncatalogued,
      sale: { channel: 'online', invoiceDate: INVOICE, priceFen: 19_900 },
      claim: { type: 'no_reason', raisedAt: cst('2024-03-05'), noReason: { goods: 'ordinary', intact: true } },
    };
    expect(adjudicate(facts).flags).toContain('delivery_date_assumed');
  });
});

describe('default 33: after the period, the same fault (faultCode, else partCode) within 30 days of a completed repair is repaired free under B11/C5/E3', () => {
  const repairOf = (completedOn: string, part: { partCode?: string; faultCode?: string }): Repair[] => [
    { sentOn: addDays(completedOn, -7), completedOn, fixed: true, ...part },
  ];
  it.each<[string, Policy, Repair[], { partCode?: string; faultCode?: string }, Record<string, string>]>([
    [
      'same fault code on another part → B11',
      colourTv,
      repairOf('2025-03-01', { partCode: 'mainboard', faultCode: 'no_power' }),
      { partCode: 'power_board', faultCode: 'no_power' },
      { repair: 'B11' },
    ],
    [
      'same part, another fault code → paid repair',
      colourTv,
      repairOf('2025-03-01', { partCode: 'speaker', faultCode: 'hum' }),
      { partCode: 'speaker', faultCode: 'no_sound' },
      { paid_repair: 'B14' },
    ],
    [
      'fault code on the claim only, same part → B11',
      colourTv,
      repairOf('2025-03-01', { partCode: 'speaker' }),
      { partCode: 'speaker', faultCode: 'no_sound' },
      { repair: 'B11' },
    ],
    [
      'no part, no fault code on either (the whole unit) → B11',
      colourTv,
      repairOf('2025-03-01', {}),
      {},
      { repair: 'B11' },
    ],
    [
      'completed 31 days before the claim → paid repair',
      colourTv,
      repairOf('2025-02-17', { faultCode: 'no_power' }),
      { faultCode: 'no_power' },
      { paid_repair: 'B14' },
    ],
    [
      'phones → C5',
      phone,
      repairOf('2025-03-01', { partCode: 'mainboard', faultCode: 'no_signal' }),
      { partCode: 'antenna', faultCode: 'no_signal' },
      { repair: 'C5' },
    ],
    [
      'microcomputers → E3',
      notebook,
      repairOf('2025-03-01', { partCode: 'fan', faultCode: 'overheat' }),
      { partCode: 'heatsink', faultCode: 'overheat' },
      { repair: 'E3' },
    ],
  ])('%s', (_, policy, repairs, claim, expected) => {
    const decision = adjudicate(qualityClaim(policy, INVOICE, '2025-03-20', { repairs, claim }));
    expect(granted(decision)).toEqual(expected);
    if (expected['repair'])
      expect(refused(decision)).toEqual({ refund: expect.any(String), replace: expect.any(String) });
  });
});

describe('default 34: a replaced part restarts its own period on the date of its latest replacement; other parts have none', () => {
  const remoteAsAccessory: Policy = { ...colourTv, accessoryMonths: { remote_control: 12 } };
  it.each<[string, ClaimFacts, Record<string, string>]>([
    [
      'a picture tube replaced 2026-01-10 is covered until 2029-01-10 (B14)',
      qualityClaim(colourTv, INVOICE, '2027-06-01', {
        claim: { partCode: 'picture_tube' },
        replacements: [{ on: '2026-01-10', scope: 'picture_tube' }],
      }),
      { replace_part: 'B14', repair: 'B14' },
    ],
    [
      'a non-main part of general goods has no period of its own, accessoryMonths or not',
      qualityClaim(remoteAsAccessory, INVOICE, '2025-06-01', {
        claim: { partCode: 'remote_control' },
        replacements: [{ on: '2025-01-01', scope: 'remote_control' }],
      }),
      { paid_repair: 'B14' },
    ],
    [
      'a phone battery replaced 2024-08-01 runs to 2025-02-01 (C7)',
      qualityClaim(phone, INVOICE, '2025-01-15', {
        claim: { partCode: 'battery' },
        replacements: [{ on: '2024-08-01', scope: 'battery' }],
      }),
      { replace_part: 'C7', repair: 'C2' },
    ],
    [
      'a part replaced before a later unit replacement counts not',
      qualityClaim(colourTv, INVOICE, '2027-10-01', {
        claim: { partCode: 'picture_tube' },
        replacements: [
          { on: '2024-06-01', scope: 'picture_tube' },
          { on: '2024-09-01', scope: 'unit' },
        ],
      }),
      { paid_repair: 'B14' },
    ],
    [
      'a car restarts nothing on a part replacement (G13 is per vehicle)',
      carClaimOn(1_200, 40_000, {
        claim: { partCode: 'engine' },
        replacements: [{ on: '2026-12-01', scope: 'engine' }],
      }),
      { paid_repair: 'G2' },
    ],
  ])('%s', (_, facts, expected) => {
    expect(granted(adjudicate(facts))).toEqual(expected);
  });
});

describe('default 35: a car with no invoice, no voucher and no other proof of purchase is excluded under G2 (G15 if a G15 ground is present too)', () => {
  const noProof = { documents: { invoice: false, voucher: false } };
  it.each<[string, ClaimFacts, string | undefined]>([
    ['no proof at all → G2', carClaimOn(5, 300, { sale: noProof, claim: { partCode: 'engine' } }), 'G2'],
    [
      'no proof and misuse → G15',
      carClaimOn(5, 300, { sale: noProof, claim: { partCode: 'engine', causes: { misuse: true } } }),
      'G15',
    ],
    [
      'other proof of purchase → not excluded',
      carClaimOn(5, 300, {
        sale: { documents: { invoice: false, voucher: false, otherProofOfPurchase: true } },
        claim: { partCode: 'engine' },
      }),
      undefined,
    ],
  ])('%s', (_, facts, rule) => {
    const decision = adjudicate(facts);
    if (rule === undefined) {
      expect(remedyOf(decision, 'refund')?.rule).toBe('G5');
      return;
    }
    expect(granted(decision)).toEqual({ paid_repair: rule });
    expect(decision.denied.every((denial) => denial.rule === rule)).toBe(true);
  });
});

describe('default 36: a repair extends only the periods running on its sentOn date, each on its own, and never revives an ended one', () => {
  it.each<[string, ClaimFacts, { wholeUnitEndsOn: string; mainPartEndsOn: string; extensionDays: number }]>([
    [
      'scenario 12: two repairs inside the period extend both periods by 20 days',
      qualityClaim({ ...colourTv, wholeUnitMonths: 12 }, '2023-01-10', '2023-07-01', {
        repairs: [
          { sentOn: '2023-03-01', completedOn: '2023-03-16', fixed: true },
          { sentOn: '2023-06-01', completedOn: '2023-06-06', fixed: true },
        ],
      }),
      { wholeUnitEndsOn: '2024-01-30', mainPartEndsOn: '2026-01-30', extensionDays: 20 },
    ],
    [
      'a repair sent after the whole-unit period ended extends only the main-part period',
      qualityClaim(colourTv, INVOICE, '2025-08-01', {
        repairs: [{ sentOn: '2025-06-01', completedOn: '2025-07-01', fixed: true }],
      }),
      { wholeUnitEndsOn: '2025-03-01', mainPartEndsOn: '2027-03-31', extensionDays: 30 },
    ],
    [
      'a car repair after the 三包有效期 extends only the 包修期',
      carClaimOn(900, 40_000, { repairs: [{ sentOn: '2026-06-01', completedOn: '2026-06-11', fixed: true }] }),
      { wholeUnitEndsOn: '2026-03-01', mainPartEndsOn: '2027-03-11', extensionDays: 10 },
    ],
    [
      'a repair sent after every period ended changes nothing',
      qualityClaim(colourTv, INVOICE, '2027-06-01', {
        repairs: [{ sentOn: '2027-04-01', completedOn: '2027-05-01', fixed: true }],
      }),
      { wholeUnitEndsOn: '2025-03-01', mainPartEndsOn: '2027-03-01', extensionDays: 0 },
    ],
  ])('%s', (_, facts, coverage) => {
    expect(adjudicate(facts).coverage).toMatchObject(coverage);
  });

  it('a phone accessory period is extended only by repairs sent while it ran', () => {
    // Battery period 2024-03-01 → 2024-09-01; the host repair sent 2024-10-01 does not revive it.
    const repairs: Repair[] = [{ sentOn: '2024-10-01', completedOn: '2024-12-01', fixed: true }];
    const decision = adjudicate(
      qualityClaim(phone, INVOICE, '2024-10-20', { repairs, claim: { partCode: 'battery' } }),
    );
    expect(granted(decision)).toEqual({ paid_repair: 'C2' });
    expect(decision.coverage.wholeUnitEndsOn).toBe('2025-03-20');
  });
});

describe('default 37: denial rule ids are fixed where defaults 8, 13, 14, 18, 19, 25, 35 and 38 fix them', () => {
  it.each<[string, ClaimFacts, Record<string, string>]>([
    [
      '8: an exclusion denies everything under B10',
      qualityClaim(colourTv, INVOICE, '2024-03-20', { claim: { causes: { misuse: true } } }),
      { refund: 'B10', replace: 'B10', repair: 'B10' },
    ],
    [
      '13: days 8–15 with the same model — refund denied under B4',
      qualityClaim(colourTv, INVOICE, '2024-03-11'),
      { refund: 'B4' },
    ],
    ['13: phones, days 8–15 — refund denied under C5', qualityClaim(phone, INVOICE, '2024-03-11'), { refund: 'C5' }],
    [
      '14: a phone host out of period — C2, nothing else',
      qualityClaim(phone, INVOICE, '2025-06-01'),
      { refund: 'C2', replace: 'C2', repair: 'C2' },
    ],
    [
      '18: uncatalogued, no agreed period, after 7 days — refund denied under A1',
      qualityClaim(uncatalogued, INVOICE, '2024-06-01'),
      { refund: 'A1' },
    ],
    [
      '19: uncatalogued, disclosed defect only — A1',
      qualityClaim(uncatalogued, INVOICE, '2024-03-05', { claim: { causes: { disclosedDefect: true } } }),
      { refund: 'A1', replace: 'A1', repair: 'A1' },
    ],
    ['25: car outside both periods — G2', carClaimOn(1_200, 40_000), { refund: 'G2', replace: 'G2', repair: 'G2' }],
    [
      '35: car without proof of purchase — G2',
      carClaimOn(30, 300, { sale: { documents: { invoice: false, voucher: false } } }),
      { refund: 'G2', replace: 'G2', repair: 'G2' },
    ],
    [
      '38: microcomputer out of every period — E5',
      qualityClaim(notebook, INVOICE, '2026-06-01'),
      { refund: 'E5', replace: 'E5', repair: 'E5' },
    ],
  ])('default %s', (_, facts, denials) => {
    expect(refused(adjudicate(facts))).toEqual(denials);
  });
});

describe('default 38: microcomputers — E4 windows for listed faults, E3 in the periods, E5 outside', () => {
  it.each<[string, ClaimFacts, Record<string, string>, Record<string, string>]>([
    [
      'listed fault on day 5',
      qualityClaim(notebook, INVOICE, '2024-03-06'),
      { refund: 'E4', replace: 'E4', repair: 'E4' },
      {},
    ],
    [
      'listed fault on day 12',
      qualityClaim(notebook, INVOICE, '2024-03-13'),
      { replace: 'E4', repair: 'E4' },
      { refund: 'E4' },
    ],
    [
      'listed fault on day 12, no same model: refund still denied',
      qualityClaim(notebook, INVOICE, '2024-03-13', { claim: { sellerHasSameModel: false } }),
      { replace: 'E4', repair: 'E4' },
      { refund: 'E4' },
    ],
    [
      'day 100 of the whole-unit period',
      qualityClaim(notebook, INVOICE, '2024-06-09'),
      { repair: 'E3' },
      { refund: 'E4', replace: 'E4' },
    ],
    [
      'non-listed fault on day 5',
      qualityClaim(notebook, INVOICE, '2024-03-06', { claim: { performanceFault: false } }),
      { repair: 'E3' },
      { refund: 'E4', replace: 'E4' },
    ],
    [
      'main part in month 18',
      qualityClaim(notebook, INVOICE, '2025-09-01', { claim: { partCode: 'hdd' } }),
      { replace_part: 'E3', repair: 'E3' },
      { refund: 'E3', replace: 'E3' },
    ],
    [
      'main part listed in stray accessoryMonths in month 18',
      qualityClaim({ ...notebook, accessoryMonths: { hdd: 6 } }, INVOICE, '2025-09-01', { claim: { partCode: 'hdd' } }),
      { replace_part: 'E3', repair: 'E3' },
      { refund: 'E3', replace: 'E3' },
    ],
    [
      'outside every period',
      qualityClaim(notebook, INVOICE, '2026-06-01', { claim: { partCode: 'hdd' } }),
      { paid_repair: 'E5' },
      { refund: 'E5', replace: 'E5', repair: 'E5' },
    ],
  ])('%s', (_, facts, remedies, denials) => {
    const decision = adjudicate(facts);
    expect(granted(decision)).toEqual(remedies);
    expect(refused(decision)).toEqual(denials);
  });

  it('day 12 without a same model raises needs_legal_review', () => {
    expect(
      adjudicate(qualityClaim(notebook, INVOICE, '2024-03-13', { claim: { sellerHasSameModel: false } })).flags,
    ).toContain('needs_legal_review');
  });
});

describe('default 39: statutory values are minimums a policy may improve, never worsen', () => {
  const pending = (days: number, reason: 'waitingForProducerParts' | 'delayedByRepairer') => ({
    sentOn: addDays('2024-06-01', -days),
    [reason]: true,
  });
  it.each<[string, ClaimFacts, string | undefined]>([
    [
      'general noPartsReplaceDays 120 → 90: 91 days without parts → B6',
      qualityClaim({ ...colourTv, noPartsReplaceDays: 120 }, INVOICE, '2024-06-01', {
        claim: { pendingRepair: pending(91, 'waitingForProducerParts') },
      }),
      'B6',
    ],
    [
      'general repairerDelayReplaceDays 45 → 30: 31 days of delay → B6',
      qualityClaim({ ...colourTv, repairerDelayReplaceDays: 45 }, INVOICE, '2024-06-01', {
        claim: { pendingRepair: pending(31, 'delayedByRepairer') },
      }),
      'B6',
    ],
    [
      'phone noPartsReplaceDays 90 → 60: 61 days without parts → C8',
      qualityClaim({ ...phone, noPartsReplaceDays: 90 }, INVOICE, '2024-06-01', {
        claim: { pendingRepair: pending(61, 'waitingForProducerParts') },
      }),
      'C8',
    ],
    [
      'a car 包修期 promised as 12 months is 36: a G7 trigger in month 30 still counts once the 三包有效期 is promised 48 months',
      carClaimOn(
        900,
        30_000,
        { repairs: [{ sentOn: '2026-06-01', completedOn: '2026-07-15', fixed: false }] },
        { ...car, wholeUnitMonths: 48, mainPartMonths: 12, mainPartKm: 10_000 },
      ),
      'G7',
    ],
  ])('%s', (_, facts, rule) => {
    expect(remedyOf(adjudicate(facts), 'replace')?.rule).toBe(rule);
  });

  it('a car policy below 24/36 months and 50,000/60,000 km is raised to them', () => {
    const decision = adjudicate(
      carClaimOn(
        900,
        55_000,
        {},
        { ...car, wholeUnitMonths: 12, mainPartMonths: 12, wholeUnitKm: 10_000, mainPartKm: 10_000 },
      ),
    );
    expect(decision.coverage).toMatchObject({ wholeUnitEndsOn: '2026-03-01', mainPartEndsOn: '2027-03-01' });
    expect(granted(decision)).toEqual({ repair: 'G2' });
  });

  it('n above 50 bp is capped and flagged; the fee keeps fractional km (200,000.00 × 1,000.5 km / 1000 × 0.5%)', () => {
    const repairs: Repair[] = [{ sentOn: '2024-04-01', completedOn: '2024-05-10', fixed: false }];
    const decision = adjudicate(
      carClaimOn(120, 1_000.5, { repairs, sale: { priceFen: 20_000_000 } }, { ...car, usageFactorBp: 80 }),
    );
    expect(remedyOf(decision, 'refund')).toMatchObject({ usageFeeFen: 100_050 });
    expect(decision.flags).toContain('usage_factor_capped');
  });
});

describe('default 40: cars invoiced before 2022-01-01 follow CAR2013 thresholds and are flagged for review; everything else as CAR2021', () => {
  const OLD = '2021-06-01';
  const oldCar = (claimOn: string, km: number, options: Parameters<typeof qualityClaim>[3] = {}) =>
    qualityClaim(car, OLD, claimOn, { ...options, claim: { odometerKm: km, ...options.claim } });
  const repairDays = (days: number): Repair[] => [
    { sentOn: '2021-07-01', completedOn: addDays('2021-07-01', days), fixed: true },
  ];
  it.each<[string, ClaimFacts, Record<string, string>]>([
    [
      '33 repair days: no G7 under CAR2013 (> 35)',
      oldCar('2021-09-01', 5_000, { repairs: repairDays(33) }),
      { repair: 'G2', courtesy_car: 'G4' },
    ],
    [
      '36 repair days: G7',
      oldCar('2021-09-01', 5_000, { repairs: repairDays(36) }),
      { refund: 'G7', replace: 'G7', repair: 'G2', courtesy_car: 'G4' },
    ],
    [
      'battery fire on day 19: no G6 under CAR2013',
      oldCar('2021-06-20', 500, { claim: { seriousSafetyFault: 'battery_fire' } }),
      { repair: 'G2' },
    ],
    [
      'no same model: the replacement stays (default 20)',
      oldCar('2021-09-01', 5_000, { repairs: repairDays(36), claim: { sellerHasSameModel: false } }),
      { refund: 'G7', replace: 'G7', repair: 'G2', courtesy_car: 'G4' },
    ],
  ])('%s', (_, facts, expected) => {
    const decision = adjudicate(facts);
    expect(granted(decision)).toEqual(expected);
    expect(decision.flags).toContain('needs_legal_review');
  });

  it('n is capped at 80 bp and the fee keeps fractional km (200,000.00 × 1,000.5 km / 1000 × 0.8%)', () => {
    const decision = adjudicate(
      oldCar('2021-09-01', 1_000.5, { repairs: repairDays(36), sale: { priceFen: 20_000_000 } }),
    );
    expect(remedyOf(decision, 'refund')).toMatchObject({ usageFeeFen: 100_050 });
    const capped = adjudicate(
      qualityClaim({ ...car, usageFactorBp: 100 }, OLD, '2021-09-01', {
        repairs: repairDays(36),
        sale: { priceFen: 20_000_000 },
        claim: { odometerKm: 1_000.5 },
      }),
    );
    expect(remedyOf(capped, 'refund')).toMatchObject({ usageFeeFen: 160_080 });
    expect(capped.flags).toContain('usage_factor_capped');
  });

  it('an excluded claim on such a car is flagged for review too', () => {
    const decision = adjudicate(oldCar('2021-09-01', 5_000, { claim: { causes: { misuse: true } } }));
    expect(granted(decision)).toEqual({ paid_repair: 'G15' });
    expect(decision.flags).toContain('needs_legal_review');
  });

  it('a car invoiced on 2022-01-01 follows CAR2021 (33 repair days → G7)', () => {
    const decision = adjudicate(
      qualityClaim(car, '2022-01-01', '2022-04-01', {
        repairs: [{ sentOn: '2022-02-01', completedOn: '2022-03-06', fixed: true }],
        claim: { odometerKm: 5_000 },
      }),
    );
    expect(remedyOf(decision, 'refund')?.rule).toBe('G7');
    expect(decision.flags).not.toContain('needs_legal_review');
  });
});

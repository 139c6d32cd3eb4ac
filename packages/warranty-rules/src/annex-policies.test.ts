// The annex presets (docs/warranty-law.md) the warranty service seeds its policy catalog from.
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import { annexPolicies } from './annex-policies.ts';
import { citations } from './citations.ts';
import { policySchema } from './schema.ts';
import { qualityClaim } from './test-support/claim-facts.ts';

const FIRST_BATCH = [
  'bicycle',
  'colour_tv',
  'bw_tv',
  'home_vcr',
  'camcorder',
  'radio_cassette_recorder',
  'electronic_keyboard',
  'refrigerator',
  'washing_machine',
  'electric_fan',
  'microwave_oven',
  'vacuum_cleaner',
  'air_conditioner',
  'range_hood',
  'gas_water_heater',
  'sewing_machine',
  'clock_watch',
  'motorcycle',
];

describe('annexPolicies', () => {
  it('holds the 18 first-batch products of the R1995 catalogue and the two TV2011 flat-panel TVs', () => {
    expect(FIRST_BATCH).toHaveLength(18);
    for (const code of [...FIRST_BATCH, 'plasma_tv', 'lcd_tv'])
      expect(annexPolicies[code]?.policy.regime).toBe('general');
  });

  it.each([
    ['bicycle', 12, 24, 5],
    ['colour_tv', 12, 36, 10],
    ['bw_tv', 12, 36, 5],
    ['home_vcr', 12, 12, 10],
    ['plasma_tv', 12, 36, 10],
    ['lcd_tv', 12, 36, 10],
  ])('%s: %i/%i months, %i bp per day, confirmed', (code, whole, main, bp) => {
    const preset = annexPolicies[code];
    expect(preset?.policy).toMatchObject({
      wholeUnitMonths: whole,
      mainPartMonths: main,
      dailyDepreciationBp: bp,
      noPartsReplaceDays: 90,
      repairerDelayReplaceDays: 30,
    });
    expect(preset?.needsLegalReview).toBe(false);
    expect(preset?.policy.needsLegalReview).toBeUndefined();
  });

  it('flags every row marked [U] or only secondary (open questions 1, 3, 4)', () => {
    const flagged = Object.values(annexPolicies)
      .filter((preset) => preset.needsLegalReview)
      .map((preset) => preset.code)
      .sort();
    expect(flagged).toEqual(
      [
        ...FIRST_BATCH.filter((code) => !['bicycle', 'colour_tv', 'bw_tv', 'home_vcr'].includes(code)),
        'mobile_phone',
        'fixed_phone',
        'notebook_pc',
        'desktop_pc',
        'pc_peripheral',
        'disc_player',
      ].sort(),
    );
    for (const code of flagged) expect(annexPolicies[code]?.policy.needsLegalReview).toBe(true);
  });

  it('the car preset is Annex 4: 2 years/50,000 km and 3 years/60,000 km', () => {
    expect(annexPolicies['household_car']?.policy).toMatchObject({
      regime: 'household_car',
      wholeUnitMonths: 24,
      wholeUnitKm: 50_000,
      mainPartMonths: 36,
      mainPartKm: 60_000,
      powertrainParts: ['engine', 'transmission', 'traction_battery', 'drive_motor'],
    });
  });

  it('the phone preset is Annex 2: host 12, battery 6, charger 12, headset 3 months', () => {
    expect(annexPolicies['mobile_phone']?.policy.accessoryMonths).toEqual({
      battery: 6,
      charger: 12,
      wired_headset: 3,
      mobile_terminal_card: 12,
      data_interface_card: 12,
    });
  });

  it('every preset is a valid policy, has names and cites known rules', () => {
    for (const preset of Object.values(annexPolicies)) {
      expect(policySchema.safeParse(preset.policy).success).toBe(true);
      expect(preset.nameZh.length).toBeGreaterThan(0);
      expect(preset.nameEn.length).toBeGreaterThan(0);
      for (const rule of preset.sourceRules) expect(citations[rule]).toBeDefined();
    }
  });

  it('a decision under an unconfirmed preset is flagged needs_legal_review; a confirmed one is not', () => {
    const washingMachine = annexPolicies['washing_machine']?.policy;
    const colourTv = annexPolicies['colour_tv']?.policy;
    if (!washingMachine || !colourTv) throw new Error('presets missing');
    expect(adjudicate(qualityClaim(washingMachine, '2024-03-01', '2024-04-01')).flags).toContain('needs_legal_review');
    expect(adjudicate(qualityClaim(colourTv, '2024-03-01', '2024-04-01')).flags).not.toContain('needs_legal_review');
  });
});

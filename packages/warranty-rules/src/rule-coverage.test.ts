// Every rule id the engine can cite is shown deciding a claim: for each one, facts whose decision carries
// that rule id on a remedy or a denial of a named kind. The rule ids of docs/warranty-law.md that never
// decide a claim by themselves are listed with the reason, so a rule id the engine starts citing (or a new
// row in citations.ts) fails here until it gets facts of its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import { RULE_IDS } from './citations.ts';
import type { ClaimFacts, Flag, Policy, Repair, RemedyKind } from './contract.ts';
import { addDays } from './days.ts';
import { claimFactsArb } from './test-support/arbitraries.ts';
import {
  car,
  colourTv,
  cst,
  noReasonClaim,
  notebook,
  phone,
  qualityClaim,
  uncatalogued,
} from './test-support/claim-facts.ts';
import type { FactsOptions } from './test-support/claim-facts.ts';

const INVOICE = '2024-03-01';
const onDay = (day: number) => addDays(INVOICE, day);
const SIGNED = '2024-08-01T15:00:00+08:00';
const ordinary = { goods: 'ordinary', intact: true } as const;
const twoFailedRepairs: Repair[] = [
  { sentOn: '2024-04-02', completedOn: '2024-04-06', fixed: false },
  { sentOn: '2024-05-10', completedOn: '2024-05-16', fixed: false },
];

function carFacts(day: number, km: number, options: FactsOptions = {}, policy: Policy = car): ClaimFacts {
  return qualityClaim(policy, INVOICE, onDay(day), {
    ...options,
    sale: { priceFen: 20_000_000, ...options.sale },
    claim: { odometerKm: km, ...options.claim },
  });
}

/** Five one-day repairs of the same problem: more than 4 (G7(4)). */
const sameProblemFiveTimes: Repair[] = Array.from({ length: 5 }, (_, i) => ({
  sentOn: onDay(10 + i * 20),
  completedOn: onDay(11 + i * 20),
  hours: 20,
  fixed: true,
  faultCode: 'stall',
}));

interface Carries {
  /** Where the rule id must appear: on a granted remedy or on a denial. */
  on: 'remedy' | 'denial';
  kind: RemedyKind;
  facts: ClaimFacts;
}

const remedy = (kind: RemedyKind, facts: ClaimFacts): Carries => ({ on: 'remedy', kind, facts });
const denial = (kind: RemedyKind, facts: ClaimFacts): Carries => ({ on: 'denial', kind, facts });

/** Rule id → facts whose decision carries it, on a remedy or denial of that kind. */
const DECIDING: Readonly<Record<string, Carries>> = {
  // Uncatalogued goods, CPL fallback: 7 days from receipt.
  A1: remedy('refund', qualityClaim(uncatalogued, INVOICE, '2024-03-09', { sale: { deliveredAt: cst('2024-03-03') } })),
  // R1995, general goods.
  B3: remedy('refund', qualityClaim(colourTv, INVOICE, onDay(5))),
  B4: remedy('replace', qualityClaim(colourTv, INVOICE, onDay(12))),
  B5: remedy('replace', qualityClaim(colourTv, INVOICE, '2024-06-09', { repairs: twoFailedRepairs })),
  B6: remedy(
    'replace',
    qualityClaim(colourTv, INVOICE, '2024-07-01', {
      claim: { pendingRepair: { sentOn: '2024-04-01', waitingForProducerParts: true } },
    }),
  ),
  B7: remedy('refund', qualityClaim(colourTv, INVOICE, '2024-06-09', { repairs: twoFailedRepairs })),
  B9: remedy('repair', qualityClaim(colourTv, INVOICE, onDay(100))),
  B10: remedy(
    'paid_repair',
    qualityClaim(colourTv, INVOICE, onDay(100), { claim: { causes: { unauthorizedDisassembly: true } } }),
  ),
  B11: remedy(
    'repair',
    qualityClaim(colourTv, INVOICE, '2025-03-27', {
      repairs: [{ sentOn: '2025-02-20', completedOn: '2025-02-25', fixed: true, partCode: 'speaker' }],
      claim: { partCode: 'speaker' },
    }),
  ),
  B14: remedy('repair', qualityClaim(colourTv, INVOICE, '2026-06-01', { claim: { partCode: 'picture_tube' } })),
  // MOB2001, mobile phones.
  C2: remedy('repair', qualityClaim(phone, INVOICE, onDay(16))),
  C3: denial('refund', qualityClaim(phone, INVOICE, onDay(2), { claim: { performanceFault: false } })),
  C4: remedy('refund', qualityClaim(phone, INVOICE, onDay(7))),
  C5: remedy('replace', qualityClaim(phone, INVOICE, onDay(8))),
  C6: remedy('replace', qualityClaim(phone, INVOICE, '2024-06-09', { repairs: twoFailedRepairs })),
  C7: remedy('replace_part', qualityClaim(phone, INVOICE, '2024-09-01', { claim: { partCode: 'battery' } })),
  C8: remedy(
    'replace',
    qualityClaim(phone, '2024-01-10', '2024-04-02', {
      claim: { pendingRepair: { sentOn: '2024-02-01', waitingForProducerParts: true } },
    }),
  ),
  C9: remedy('refund', qualityClaim(phone, INVOICE, onDay(12), { claim: { sellerHasSameModel: false } })),
  // PC2002, microcomputers.
  E3: remedy('replace_part', qualityClaim(notebook, INVOICE, '2025-09-01', { claim: { partCode: 'hdd' } })),
  E4: remedy('refund', qualityClaim(notebook, INVOICE, onDay(7))),
  E5: remedy('paid_repair', qualityClaim(notebook, INVOICE, '2026-03-02', { claim: { partCode: 'hdd' } })),
  // CAR2021, household cars.
  G1: denial('refund', carFacts(300, 50_001, { repairs: sameProblemFiveTimes })),
  G2: remedy('repair', carFacts(400, 20_000)),
  G3: remedy('replace_part', carFacts(30, 1_500, { claim: { partCode: 'engine.crankshaft' } })),
  G4: remedy('courtesy_car', carFacts(106, 5_000, { claim: { pendingRepair: { sentOn: onDay(100) } } })),
  G5: remedy('refund', carFacts(5, 300, { claim: { partCode: 'transmission.valve_body' } })),
  G6: remedy('refund', carFacts(40, 2_100, { claim: { seriousSafetyFault: 'brake' } })),
  G7: remedy('refund', carFacts(200, 12_000, { repairs: sameProblemFiveTimes })),
  G15: remedy('paid_repair', carFacts(3, 200, { claim: { partCode: 'engine', causes: { forceMajeure: true } } })),
  // Seven-day no-reason return.
  H1: denial('no_reason_return', noReasonClaim(SIGNED, cst('2024-08-02'), ordinary, { sale: { channel: 'store' } })),
  H2: denial('no_reason_return', noReasonClaim(SIGNED, cst('2024-08-02'), { goods: 'perishable', intact: true })),
  H3: denial(
    'no_reason_return',
    noReasonClaim(SIGNED, cst('2024-08-02'), {
      goods: 'value_drops_on_activation',
      intact: true,
      confirmedNonReturnableAtPurchase: true,
    }),
  ),
  H5: remedy('no_reason_return', noReasonClaim(SIGNED, cst('2024-08-08', '23:59:59'), ordinary)),
  H7: denial('no_reason_return', noReasonClaim(SIGNED, cst('2024-08-02'), { goods: 'ordinary', intact: false })),
};

/** Rule ids the engine shows as a flag on the decision, not as the rule of a remedy or denial. */
const FLAGGING: Readonly<Record<string, { flag: Flag; facts: ClaimFacts }>> = {
  A2: { flag: 'operator_bears_transport_costs', facts: qualityClaim(colourTv, INVOICE, onDay(5)) },
  A3: { flag: 'burden_of_proof_on_operator', facts: qualityClaim(colourTv, INVOICE, onDay(100)) },
  G11: {
    flag: 'usage_factor_capped',
    facts: carFacts(200, 12_000, { repairs: sameProblemFiveTimes }, { ...car, usageFactorBp: 80 }),
  },
  H15: { flag: 'consumer_pays_return_shipping', facts: noReasonClaim(SIGNED, cst('2024-08-02'), ordinary) },
};

const COUNTING = 'day counting: shapes the dates of every decision, never its rule';
const PERIODS = 'period start, extension or restart: shapes coverage dates, the deciding rule is the regime rule';
const DUTY = 'a duty of the seller, producer or repairer outside the claim decision';
const NOT_MODELLED =
  'not modelled by the engine (no fixed-phone or home-AV regime, or facts the contract does not carry)';
const IN_NOTE = 'stated in the note of the remedy another rule grants';

/** Rule ids of citations.ts that never decide a claim by themselves, and why. */
const NEVER_DECIDING: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`T${i + 1}`, COUNTING])),
  A4: 'the refund amount of the remedy the deciding rule grants (refundFen)',
  A5: PERIODS,
  A6: PERIODS,
  A7: PERIODS,
  A8: 'an operator deadline (15 days) for service-level alerts, not eligibility',
  A9: 'a promised period arrives as the policy values',
  B1: 'scope: chooses the general regime',
  B2: PERIODS,
  B8: PERIODS,
  B12: DUTY,
  B13: DUTY,
  B15: PERIODS,
  B16: 'commencement of the 1995 provisions',
  C1: 'scope: chooses the mobile-phone regime',
  C10: NOT_MODELLED,
  ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`D${i + 1}`, NOT_MODELLED])),
  E1: 'scope: chooses the microcomputer regime',
  E2: 'proof of purchase: a missing invoice and voucher are an exclusion only without other proof (B10)',
  F: NOT_MODELLED,
  G8: 'hours excluded from the cumulative repair time that G7 counts',
  G9: 'a seller without the same model still owes the G7 replacement (default 20); the engine does not model the configuration',
  G10: IN_NOTE,
  G12: IN_NOTE,
  G13: PERIODS,
  G14: NOT_MODELLED,
  G16: 'definitions used by G4 and G7',
  G17: DUTY,
  G18: DUTY,
  'G-hist': 'the pre-2022 thresholds G7 and G11 use for older cars',
  H4: DUTY,
  H6: 'the intact condition whose failure H7 refuses',
  ...Object.fromEntries(
    ['H8', 'H9', 'H10', 'H11', 'H12', 'H13', 'H14', 'H16', 'H17', 'H18', 'H19'].map((rule) => [rule, IN_NOTE]),
  ),
};

function carriesRule(rule: string, { on, kind, facts }: Carries): boolean {
  const decision = adjudicate(facts);
  const entries = on === 'remedy' ? decision.remedies : decision.denied;
  return entries.some((entry) => entry.kind === kind && entry.rule === rule);
}

describe('rule coverage', () => {
  it.each(Object.entries(DECIDING))('%s is carried by the decision of its facts', (rule, carries) => {
    expect(carriesRule(rule, carries), `${rule} on a ${carries.on} of kind ${carries.kind}`).toBe(true);
  });

  it.each(Object.entries(FLAGGING))('%s raises its flag', (_rule, { flag, facts }) => {
    expect(adjudicate(facts).flags).toContain(flag);
  });

  it('each rule id of citations.ts is deciding, flagging or listed as never deciding, exactly once', () => {
    const listed = [...Object.keys(DECIDING), ...Object.keys(FLAGGING), ...Object.keys(NEVER_DECIDING)];
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...RULE_IDS].sort());
  });

  it('every rule id a decision carries is in the deciding table (and none of the never-deciding ones)', () => {
    const cited = new Set<string>();
    for (const facts of fc.sample(claimFactsArb, { numRuns: 4000, seed: 20240701 })) {
      const decision = adjudicate(facts);
      for (const entry of [...decision.remedies, ...decision.denied]) cited.add(entry.rule);
    }
    for (const carries of Object.values(DECIDING)) {
      const decision = adjudicate(carries.facts);
      for (const entry of [...decision.remedies, ...decision.denied]) cited.add(entry.rule);
    }
    expect([...cited].filter((rule) => DECIDING[rule] === undefined).sort()).toEqual([]);
  });
});

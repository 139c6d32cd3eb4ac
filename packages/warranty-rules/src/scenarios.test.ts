// Every worked scenario of docs/warranty-law.md, named by its number.
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import type { Remedy, RemedyKind } from './contract.ts';
import { car, colourTv, cst, kinds, lcdTv, noReasonClaim, phone, qualityClaim } from './test-support/claim-facts.ts';

function remedy(decision: { remedies: Remedy[] }, kind: RemedyKind): Remedy {
  const found = decision.remedies.find((r) => r.kind === kind);
  if (!found) throw new Error(`no ${kind} remedy in ${JSON.stringify(decision.remedies)}`);
  return found;
}

describe('worked scenarios', () => {
  it('scenario 1: colour TV, performance fault on day 5 → refund at full price, replace, repair (B3)', () => {
    const decision = adjudicate(qualityClaim(colourTv, '2024-03-01', '2024-03-06'));
    expect(kinds(decision)).toEqual(['refund', 'replace', 'repair']);
    expect(decision.remedies.every((r) => r.rule === 'B3' && r.free)).toBe(true);
    expect(remedy(decision, 'refund').refundFen).toBe(300_000);
    expect(remedy(decision, 'refund').depreciationFen).toBeUndefined();
    expect(decision.denied).toEqual([]);
  });

  it('scenario 3: same TV, fault on day 12 → replace and repair; refund denied (B4)', () => {
    const decision = adjudicate(qualityClaim(colourTv, '2024-03-01', '2024-03-13'));
    expect(kinds(decision)).toEqual(['replace', 'repair']);
    expect(remedy(decision, 'replace')).toMatchObject({ rule: 'B4', free: true });
    expect(decision.denied).toHaveLength(1);
    expect(decision.denied[0]).toMatchObject({ kind: 'refund', rule: 'B4' });
  });

  it('scenario 4: scenario 3 without a same model → full refund added (B7)', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, '2024-03-01', '2024-03-13', { claim: { sellerHasSameModel: false } }),
    );
    expect(kinds(decision)).toEqual(['refund', 'replace', 'repair']);
    expect(remedy(decision, 'refund')).toMatchObject({ rule: 'B7', free: true, refundFen: 300_000 });
    expect(decision.denied).toEqual([]);
  });

  it('scenario 5: two failed repairs (10 days) → replace (B5); refund 2,730.00 after 270.00 depreciation (B7)', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, '2024-03-01', '2024-06-09', {
        repairs: [
          { sentOn: '2024-04-02', completedOn: '2024-04-06', fixed: false },
          { sentOn: '2024-05-10', completedOn: '2024-05-16', fixed: false },
        ],
      }),
    );
    expect(remedy(decision, 'replace')).toMatchObject({ rule: 'B5', free: true });
    expect(remedy(decision, 'refund')).toMatchObject({
      rule: 'B7',
      free: false,
      refundFen: 273_000,
      depreciationFen: 27_000,
    });
    expect(remedy(decision, 'repair')).toMatchObject({ rule: 'B9', free: true });
    expect(decision.coverage.extensionDays).toBe(10);
  });

  it('scenario 9: sent for repair 2024-04-01, producer supplied no parts, claim on day 91 → free replacement (B6)', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, '2024-03-01', '2024-07-01', {
        claim: { pendingRepair: { sentOn: '2024-04-01', waitingForProducerParts: true } },
      }),
    );
    expect(remedy(decision, 'replace')).toMatchObject({ rule: 'B6', free: true });
    expect(remedy(decision, 'replace').note).toContain('91 days');
  });

  it("scenario 11: repair delayed by the repairer 31 days → free replacement at the repairer's cost (B6)", () => {
    const decision = adjudicate(
      qualityClaim(colourTv, '2024-03-01', '2024-06-01', {
        claim: { pendingRepair: { sentOn: '2024-05-01', delayedByRepairer: true } },
      }),
    );
    expect(remedy(decision, 'replace')).toMatchObject({ rule: 'B6', free: true });
    expect(remedy(decision, 'replace').note).toContain("repairer's cost");
  });

  it('scenario 12: repairs of 15 and 5 days extend a 12-month period to 2024-01-30 (A7)', () => {
    const decision = adjudicate(
      qualityClaim({ ...colourTv, mainPartMonths: 12 }, '2023-01-10', '2023-12-01', {
        repairs: [
          { sentOn: '2023-03-01', completedOn: '2023-03-16', fixed: true },
          { sentOn: '2023-06-01', completedOn: '2023-06-06', fixed: true },
        ],
      }),
    );
    expect(decision.coverage).toEqual({
      startsOn: '2023-01-10',
      wholeUnitEndsOn: '2024-01-30',
      mainPartEndsOn: '2024-01-30',
      extensionDays: 20,
    });
  });

  it('scenario 13: unit replaced 2024-05-01 → the 12-month period restarts and ends 2025-05-01 (A6, B8)', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, '2024-03-01', '2024-06-01', { replacements: [{ on: '2024-05-01', scope: 'unit' }] }),
    );
    expect(decision.coverage.startsOn).toBe('2024-05-01');
    expect(decision.coverage.wholeUnitEndsOn).toBe('2025-05-01');
  });

  it('scenario 14: disassembly at an unauthorised shop → paid repair only, the rest denied (B10)', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, '2024-03-01', '2024-03-06', { claim: { causes: { unauthorizedDisassembly: true } } }),
    );
    expect(decision.remedies).toHaveLength(1);
    expect(decision.remedies[0]).toMatchObject({ kind: 'paid_repair', free: false, rule: 'B10' });
    expect(decision.denied.map((d) => d.kind).sort()).toEqual(['refund', 'repair', 'replace']);
    expect(decision.denied.every((d) => d.rule === 'B10')).toBe(true);
  });

  it('scenario 16: LCD TV installed 2024-08-05, panel fails 2026-09-01 → starts on installation, free main-part repair (A5, B14)', () => {
    const decision = adjudicate(
      qualityClaim(lcdTv, '2024-07-20', '2026-09-01', {
        sale: { deliveredAt: cst('2024-08-01', '14:00:00'), installedOn: '2024-08-05' },
        claim: { partCode: 'display_panel' },
      }),
    );
    expect(decision.coverage.startsOn).toBe('2024-08-05');
    expect(decision.coverage.wholeUnitEndsOn).toBe('2025-08-05');
    expect(decision.coverage.mainPartEndsOn).toBe('2027-08-05');
    expect(kinds(decision)).toEqual(['replace_part', 'repair']);
    expect(remedy(decision, 'repair')).toMatchObject({ rule: 'B14', free: true });
  });

  it('scenario 18: phone host, listed fault on day 5 → refund, replace, repair (C4)', () => {
    const decision = adjudicate(qualityClaim(phone, '2024-03-01', '2024-03-06'));
    expect(kinds(decision)).toEqual(['refund', 'replace', 'repair']);
    expect(decision.remedies.every((r) => r.rule === 'C4' && r.free)).toBe(true);
    expect(remedy(decision, 'refund').refundFen).toBe(300_000);
  });

  it('scenario 19: phone host, listed fault on day 12 → replace, repair (C5)', () => {
    const decision = adjudicate(qualityClaim(phone, '2024-03-01', '2024-03-13'));
    expect(kinds(decision)).toEqual(['replace', 'repair']);
    expect(decision.remedies.every((r) => r.rule === 'C5')).toBe(true);
    expect(decision.denied).toMatchObject([{ kind: 'refund', rule: 'C5' }]);
  });

  it('scenario 22: phone sent 2024-02-01, no parts, claim 2024-04-02 (day 61) → free replacement (C8)', () => {
    const decision = adjudicate(
      qualityClaim(phone, '2024-01-10', '2024-04-02', {
        claim: { pendingRepair: { sentOn: '2024-02-01', waitingForProducerParts: true } },
      }),
    );
    expect(remedy(decision, 'replace')).toMatchObject({ rule: 'C8', free: true });
    expect(remedy(decision, 'replace').note).toContain('61 days');
  });

  it('scenario 24: car invoiced 2023-03-01, delivered 2023-03-10 → periods start 2023-03-10 (G1)', () => {
    const decision = adjudicate(
      qualityClaim(car, '2023-03-01', '2023-04-01', { sale: { deliveredAt: cst('2023-03-10') } }),
    );
    expect(decision.coverage.startsOn).toBe('2023-03-10');
    expect(decision.coverage.wholeUnitEndsOn).toBe('2025-03-10');
    expect(decision.coverage.mainPartEndsOn).toBe('2026-03-10');
  });

  it('scenario 25: car day 5, 300 km, transmission main component → vehicle replacement or refund, free, no usage fee (G5)', () => {
    const decision = adjudicate(
      qualityClaim(car, '2024-03-01', '2024-03-06', {
        sale: { priceFen: 20_000_000 },
        claim: { partCode: 'transmission.valve_body', odometerKm: 300 },
      }),
    );
    expect(remedy(decision, 'replace')).toMatchObject({ rule: 'G5', free: true, usageFeeFen: 0 });
    expect(remedy(decision, 'refund')).toMatchObject({ rule: 'G5', free: true, usageFeeFen: 0, refundFen: 20_000_000 });
  });

  it('scenario 26: car day 40, 2,100 km, brake failure → replacement or refund, free (G6)', () => {
    const decision = adjudicate(
      qualityClaim(car, '2024-03-01', '2024-04-10', {
        sale: { priceFen: 20_000_000 },
        claim: { seriousSafetyFault: 'brake', odometerKm: 2_100 },
      }),
    );
    expect(remedy(decision, 'replace')).toMatchObject({ rule: 'G6', free: true });
    expect(remedy(decision, 'refund')).toMatchObject({ rule: 'G6', free: true, refundFen: 20_000_000 });
  });

  it('scenario 28: car day 30, 1,500 km, engine main component → free engine assembly replacement (G3)', () => {
    const decision = adjudicate(
      qualityClaim(car, '2024-03-01', '2024-03-31', { claim: { partCode: 'engine.crankshaft', odometerKm: 1_500 } }),
    );
    expect(remedy(decision, 'replace_part')).toMatchObject({ rule: 'G3', free: true });
    expect(decision.remedies.some((r) => r.kind === 'replace')).toBe(false);
    expect(decision.denied).toContainEqual(expect.objectContaining({ kind: 'replace', rule: 'G7' }));
  });

  it('scenario 29: car repair of 145 hours counts as 7 days → courtesy car from day 6 (G4, T12)', () => {
    const decision = adjudicate(
      qualityClaim(car, '2024-03-01', '2024-05-07', {
        claim: { odometerKm: 4_000 },
        repairs: [{ sentOn: '2024-05-01', completedOn: '2024-05-07', hours: 145, fixed: true }],
      }),
    );
    expect(remedy(decision, 'courtesy_car')).toMatchObject({ rule: 'G4', free: true });
    expect(remedy(decision, 'courtesy_car').note).toContain('7 days');
    expect(remedy(decision, 'courtesy_car').note).toContain('2024-05-06');
  });

  it('scenario 32: car refund under G7, price 200,000, 12,000 km, n = 0.5% → usage fee 12,000.00 (G11)', () => {
    const sameProblem = ['2024-04-01', '2024-05-01', '2024-06-01', '2024-07-01', '2024-08-01'].map((sentOn) => ({
      sentOn,
      completedOn: sentOn,
      hours: 8,
      faultCode: 'oil_leak',
      fixed: true,
    }));
    const decision = adjudicate(
      qualityClaim(car, '2024-03-01', '2024-09-01', {
        sale: { priceFen: 20_000_000 },
        claim: { odometerKm: 12_000 },
        repairs: sameProblem,
      }),
    );
    expect(remedy(decision, 'refund')).toMatchObject({
      rule: 'G7',
      free: false,
      usageFeeFen: 1_200_000,
      refundFen: 18_800_000,
    });
    expect(remedy(decision, 'replace')).toMatchObject({ rule: 'G7', free: false, usageFeeFen: 1_200_000 });
    expect(decision.flags).not.toContain('usage_factor_capped');
  });

  it('scenario 36: signed 2024-06-01 15:00 CST, notice 2024-06-08 23:30 CST → no-reason return in time (H5)', () => {
    const decision = adjudicate(
      noReasonClaim('2024-06-01T15:00:00+08:00', '2024-06-08T23:30:00+08:00', { goods: 'ordinary', intact: true }),
    );
    expect(decision.noReasonDeadline).toBe('2024-06-08');
    expect(decision.remedies).toMatchObject([{ kind: 'no_reason_return', rule: 'H5', free: true, refundFen: 19_900 }]);
    expect(decision.flags).toContain('consumer_pays_return_shipping');
  });

  it('scenario 37: notice 2024-06-09 00:10 CST (2024-06-08 16:10 UTC) → denied as late, though the UTC date looks in time (H5, T1)', () => {
    const decision = adjudicate(
      noReasonClaim('2024-06-01T15:00:00+08:00', '2024-06-08T16:10:00Z', { goods: 'ordinary', intact: true }),
    );
    expect(decision.remedies).toEqual([]);
    expect(decision.denied).toMatchObject([{ kind: 'no_reason_return', rule: 'H5' }]);
  });

  it('scenario 39: custom-engraved item bought online → no-reason return denied (H2)', () => {
    const decision = adjudicate(
      noReasonClaim(cst('2024-06-01'), cst('2024-06-03'), { goods: 'custom_made', intact: true }),
    );
    expect(decision.remedies).toEqual([]);
    expect(decision.denied).toMatchObject([{ kind: 'no_reason_return', rule: 'H2' }]);
  });

  it('scenario 40: skin cream bought online, one-time seal broken → denied, not intact (H7)', () => {
    const decision = adjudicate(
      noReasonClaim(cst('2024-06-01'), cst('2024-06-03'), { goods: 'safety_sealed', intact: false }),
    );
    expect(decision.remedies).toEqual([]);
    expect(decision.denied).toMatchObject([{ kind: 'no_reason_return', rule: 'H7' }]);
  });

  it('scenario 41: phone bought online, opened and powered on to inspect, not activated → allowed, intact (H6)', () => {
    const decision = adjudicate(
      noReasonClaim(
        cst('2024-06-01'),
        cst('2024-06-05'),
        { goods: 'value_drops_on_activation', intact: true },
        { sale: { priceFen: 599_900 } },
      ),
    );
    expect(decision.remedies).toMatchObject([{ kind: 'no_reason_return', rule: 'H5', refundFen: 599_900 }]);
    expect(decision.remedies[0]?.note).toContain('H6');
  });

  it('scenario 43: gift card with a "non-returnable" banner but no checkout confirmation → allowed (H3)', () => {
    const decision = adjudicate(
      noReasonClaim(cst('2024-08-01'), cst('2024-08-03'), {
        goods: 'value_drops_on_activation',
        confirmedNonReturnableAtPurchase: false,
        intact: true,
      }),
    );
    expect(kinds(decision)).toEqual(['no_reason_return']);
    expect(decision.denied).toEqual([]);
  });

  it('scenario 49: online purchase, quality defect on day 3 → quality claim: refund/replace/repair, seller pays shipping (A1, A2, B3)', () => {
    const decision = adjudicate(
      qualityClaim(colourTv, '2024-08-01', '2024-08-04', {
        sale: { channel: 'online', deliveredAt: cst('2024-08-01', '18:00:00') },
      }),
    );
    expect(kinds(decision)).toEqual(['refund', 'replace', 'repair']);
    expect(decision.remedies.every((r) => r.rule === 'B3')).toBe(true);
    expect(decision.flags).toContain('operator_bears_transport_costs');
    expect(decision.flags).not.toContain('consumer_pays_return_shipping');
  });

  it('scenario 51: washing machine defect disputed 5 months after receipt → burden of proof on the operator (A3)', () => {
    const washingMachine = { ...colourTv, durable: true, dailyDepreciationBp: undefined };
    const decision = adjudicate(
      qualityClaim(washingMachine, '2024-08-01', '2025-01-01', { sale: { deliveredAt: cst('2024-08-03') } }),
    );
    expect(decision.flags).toContain('burden_of_proof_on_operator');
  });
});

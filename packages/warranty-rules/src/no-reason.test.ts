// Seven-day no-reason return (H, default 9 in docs/warranty-law.md).
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import type { NoReasonGoods } from './contract.ts';
import { addDays } from './days.ts';
import { cst, noReasonClaim } from './test-support/claim-facts.ts';

const SIGNED = '2024-08-01T15:00:00+08:00';
const ordinary = { goods: 'ordinary', intact: true } as const;
const deniedRules = (decision: ReturnType<typeof adjudicate>) => decision.denied.map((d) => d.rule);

describe('H5 — the notice window', () => {
  it.each([
    ['2024-08-08', true],
    ['2024-08-09', false],
  ])('signed 2024-08-01, notice on %s → allowed %s', (day, allowed) => {
    const decision = adjudicate(noReasonClaim(SIGNED, cst(day, '23:59:59'), ordinary));
    expect(decision.noReasonDeadline).toBe('2024-08-08');
    expect(decision.remedies.length === 1).toBe(allowed);
    if (!allowed) expect(deniedRules(decision)).toEqual(['H5']);
  });

  it('signing at 23:30 UTC counts on the next CST day', () => {
    expect(adjudicate(noReasonClaim('2024-07-31T23:30:00Z', cst('2024-08-09'), ordinary)).noReasonDeadline).toBe(
      '2024-08-08',
    );
  });

  it('a last day on a holiday moves to the day after the run of holidays (T6, T9)', () => {
    const nationalDay = Array.from({ length: 7 }, (_, i) => addDays('2024-10-01', i)); // 1 to 7 October
    const decision = adjudicate(
      noReasonClaim(cst('2024-09-26'), cst('2024-10-08'), ordinary, { holidays: nationalDay }),
    );
    expect(decision.noReasonDeadline).toBe('2024-10-08');
    expect(decision.remedies).toMatchObject([{ kind: 'no_reason_return', rule: 'H5' }]);
    expect(
      adjudicate(noReasonClaim(cst('2024-09-26'), cst('2024-10-09'), ordinary, { holidays: nationalDay })).remedies,
    ).toEqual([]);
  });

  it('without a delivery record the invoice date stands in for signing', () => {
    const facts = noReasonClaim(SIGNED, cst('2024-08-05'), ordinary);
    delete facts.sale.deliveredAt;
    expect(adjudicate({ ...facts, sale: { ...facts.sale, invoiceDate: '2024-07-20' } }).noReasonDeadline).toBe(
      '2024-07-27',
    );
  });
});

describe('H1–H3 — scope and exclusions', () => {
  it('an in-store purchase has no no-reason return and no deadline (H1)', () => {
    const decision = adjudicate(noReasonClaim(SIGNED, cst('2024-08-02'), ordinary, { sale: { channel: 'store' } }));
    expect(deniedRules(decision)).toEqual(['H1']);
    expect(decision.noReasonDeadline).toBeUndefined();
  });

  it.each(['online', 'tv', 'phone', 'mail'] as const)('a %s sale is in scope (H1)', (channel) => {
    expect(adjudicate(noReasonClaim(SIGNED, cst('2024-08-02'), ordinary, { sale: { channel } })).remedies).toHaveLength(
      1,
    );
  });

  it.each(['custom_made', 'perishable', 'digital_unsealed', 'periodical'] as const)(
    '%s goods are excluded by law without confirmation (H2)',
    (goods) => {
      expect(deniedRules(adjudicate(noReasonClaim(SIGNED, cst('2024-08-02'), { goods, intact: true })))).toEqual([
        'H2',
      ]);
    },
  );

  const confirmable: NoReasonGoods[] = [
    'safety_sealed',
    'value_drops_on_activation',
    'disclosed_defect_or_near_expiry',
  ];
  it.each(confirmable)('%s goods are excluded only with the consumer’s confirmation at checkout (H3)', (goods) => {
    expect(adjudicate(noReasonClaim(SIGNED, cst('2024-08-02'), { goods, intact: true })).remedies).toHaveLength(1);
    expect(
      deniedRules(
        adjudicate(
          noReasonClaim(SIGNED, cst('2024-08-02'), { goods, intact: true, confirmedNonReturnableAtPurchase: true }),
        ),
      ),
    ).toEqual(['H3']);
  });

  it('a pre-selected confirmation is void for sales from 2024-07-01 (REG2024 Art 19 ¶2), valid before', () => {
    const preselected = {
      goods: 'value_drops_on_activation',
      intact: true,
      confirmedNonReturnableAtPurchase: true,
      confirmationPreselected: true,
    } as const;
    expect(
      adjudicate(noReasonClaim('2024-07-01T09:00:00+08:00', cst('2024-07-03'), preselected)).remedies,
    ).toHaveLength(1);
    expect(deniedRules(adjudicate(noReasonClaim('2024-06-30T09:00:00+08:00', cst('2024-07-03'), preselected)))).toEqual(
      ['H3'],
    );
  });

  it('a seller cannot make ordinary goods non-returnable by a confirmation (NR7 Art 30)', () => {
    expect(
      adjudicate(noReasonClaim(SIGNED, cst('2024-08-02'), { ...ordinary, confirmedNonReturnableAtPurchase: true }))
        .remedies,
    ).toHaveLength(1);
  });
});

describe('H6/H7, H14, H15 — condition, amount, shipping', () => {
  it('goods that are not intact are refused (H7)', () => {
    expect(
      deniedRules(adjudicate(noReasonClaim(SIGNED, cst('2024-08-02'), { goods: 'ordinary', intact: false }))),
    ).toEqual(['H7']);
  });

  it('every failed check is listed', () => {
    const decision = adjudicate(
      noReasonClaim(SIGNED, cst('2024-08-20'), { goods: 'custom_made', intact: false }, { sale: { channel: 'store' } }),
    );
    expect(deniedRules(decision)).toEqual(['H1', 'H2', 'H7']);
    const late = adjudicate(noReasonClaim(SIGNED, cst('2024-08-20'), { goods: 'perishable', intact: false }));
    expect(deniedRules(late)).toEqual(['H2', 'H7', 'H5']);
  });

  it('refunds the amount actually paid (H14) and the consumer pays return shipping (H15)', () => {
    const decision = adjudicate(
      noReasonClaim(SIGNED, cst('2024-08-02'), ordinary, { sale: { priceFen: 19_900, paidFen: 15_900 } }),
    );
    expect(decision.remedies).toEqual([
      expect.objectContaining({ kind: 'no_reason_return', free: true, rule: 'H5', refundFen: 15_900 }),
    ]);
    expect(decision.flags).toEqual(['consumer_pays_return_shipping']);
  });

  it('without condition facts the goods are taken as ordinary and intact', () => {
    expect(adjudicate(noReasonClaim(SIGNED, cst('2024-08-02'), undefined)).remedies).toHaveLength(1);
  });
});

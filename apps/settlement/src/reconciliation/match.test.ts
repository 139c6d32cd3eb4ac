import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPayments, type PayableStatement, type Payee, type Payment } from './match.ts';

const payees: Payee[] = [
  { providerId: 'SP-001', accounts: ['6222 0000 0001'], names: ['华东家电维修服务部'] },
  { providerId: 'SP-002', accounts: ['6222-0000-0002'], names: ['West Repair Co'] },
];
const statements: PayableStatement[] = [
  {
    id: 1,
    number: 'ST-202611-000001',
    providerId: 'SP-001',
    netPayableFen: 10_000,
    paidFen: 0,
    approvedOn: '2026-12-03',
  },
  {
    id: 2,
    number: 'ST-202611-000002',
    providerId: 'SP-001',
    netPayableFen: 5_000,
    paidFen: 0,
    approvedOn: '2026-12-03',
  },
  {
    id: 3,
    number: 'ST-202611-000003',
    providerId: 'SP-002',
    netPayableFen: 8_000,
    paidFen: 0,
    approvedOn: '2026-12-04',
  },
  {
    id: 4,
    number: 'ST-202610-000009',
    providerId: 'SP-002',
    netPayableFen: 7_000,
    paidFen: 7_000,
    approvedOn: '2026-11-05',
  },
  {
    id: 5,
    number: 'ST-202611-000004',
    providerId: 'SP-002',
    netPayableFen: 3_000,
    paidFen: 0,
    approvedOn: '2026-12-04',
  },
];
const settings = { dateWindowDays: 30 };
let n = 0;
const payment = (p: Partial<Payment>): Payment => ({
  id: `P${++n}`,
  bankReference: null,
  payeeAccount: null,
  payeeName: null,
  amountFen: 1,
  valueDate: '2026-12-10',
  remittanceText: '',
  ...p,
});
const one = (p: Partial<Payment>) => matchPayments([payment(p)], statements, payees, settings)[0]!;
const allocated = (m: ReturnType<typeof one>) => m.allocations.map((a) => [a.statementNumber, a.amountFen]);

describe('matching payments to statements', () => {
  it.each<[string, Partial<Payment>, object, [string, number][]]>([
    [
      'the statement number in the remittance text and its amount',
      { remittanceText: '三包结算款 ST-202611-000001', amountFen: 10_000 },
      { outcome: 'matched', rule: 'statement_number', providerId: 'SP-001' },
      [['ST-202611-000001', 10_000]],
    ],
    [
      'two statement numbers, one payment (many-to-one)',
      { remittanceText: 'ST-202611-000001 / ST-202611-000002', amountFen: 15_000 },
      { outcome: 'matched', rule: 'statement_number' },
      [
        ['ST-202611-000001', 10_000],
        ['ST-202611-000002', 5_000],
      ],
    ],
    [
      'a number paid short',
      { remittanceText: 'ST-202611-000003', amountFen: 6_000 },
      { outcome: 'underpaid', shortFen: 2_000, unallocatedFen: 0 },
      [['ST-202611-000003', 6_000]],
    ],
    [
      'a number paid over',
      { remittanceText: 'ST-202611-000003', amountFen: 9_000 },
      { outcome: 'overpaid', unallocatedFen: 1_000 },
      [['ST-202611-000003', 8_000]],
    ],
    [
      'a number already paid',
      { remittanceText: 'ST-202610-000009', amountFen: 7_000 },
      { outcome: 'duplicate_payment', rule: 'statement_number', unallocatedFen: 7_000 },
      [],
    ],
    [
      'the payee account (spaces and dashes aside) and one statement’s amount',
      { payeeAccount: '622200000002', amountFen: 3_000 },
      { outcome: 'matched', rule: 'payee_account_amount', providerId: 'SP-002' },
      [['ST-202611-000004', 3_000]],
    ],
    [
      'the payee account and the sum of its open statements (many-to-one)',
      { payeeAccount: '6222 0000 0001', amountFen: 15_000 },
      { outcome: 'matched', rule: 'payee_account_amount' },
      [
        ['ST-202611-000001', 10_000],
        ['ST-202611-000002', 5_000],
      ],
    ],
    [
      'the payee’s name and an amount approved within the window',
      { payeeName: ' west repair  co', amountFen: 8_000 },
      { outcome: 'matched', rule: 'payee_amount_date_window', providerId: 'SP-002' },
      [['ST-202611-000003', 8_000]],
    ],
    [
      'the payee’s name in full-width characters',
      { payeeName: '华东家电维修服务部', amountFen: 5_000 },
      { outcome: 'matched', rule: 'payee_amount_date_window' },
      [['ST-202611-000002', 5_000]],
    ],
    [
      'the payee’s name outside the window: oldest statements first',
      { payeeName: 'West Repair Co', amountFen: 9_000, valueDate: '2027-02-01' },
      { outcome: 'underpaid', rule: 'payee_oldest_first', shortFen: 2_000 },
      [
        ['ST-202611-000003', 8_000],
        ['ST-202611-000004', 1_000],
      ],
    ],
    [
      'a known payee paid more than all it is owed',
      { payeeAccount: '6222-0000-0002', amountFen: 20_000 },
      { outcome: 'overpaid', rule: 'payee_oldest_first', unallocatedFen: 9_000 },
      [
        ['ST-202611-000003', 8_000],
        ['ST-202611-000004', 3_000],
      ],
    ],
    [
      'an unknown account and name',
      { payeeAccount: '9999', payeeName: 'Nobody Ltd', amountFen: 500 },
      { outcome: 'unknown_payee', rule: 'none', providerId: null, unallocatedFen: 500 },
      [],
    ],
  ])('%s', (_label, p, expected, allocations) => {
    const m = one(p);
    expect(m).toMatchObject(expected);
    expect(allocated(m)).toEqual(allocations);
    expect(m.action.length).toBeGreaterThan(10);
  });

  it('a bank reference seen before (in this file or an earlier import) is a duplicate payment', () => {
    const [first, again] = matchPayments(
      [
        payment({ bankReference: 'B-1', remittanceText: 'ST-202611-000001', amountFen: 10_000 }),
        payment({
          bankReference: 'B-1',
          remittanceText: 'ST-202611-000001',
          amountFen: 10_000,
          valueDate: '2026-12-11',
        }),
      ],
      statements,
      payees,
      settings,
    );
    expect(first).toMatchObject({ outcome: 'matched' });
    expect(again).toMatchObject({
      outcome: 'duplicate_payment',
      rule: 'bank_reference',
      providerId: 'SP-001',
      allocations: [],
    });
    expect(one({ bankReference: 'B-OLD', amountFen: 10 })).toMatchObject({ outcome: 'unknown_payee' });
    expect(
      matchPayments([payment({ bankReference: 'B-OLD', amountFen: 10 })], statements, payees, {
        ...settings,
        knownBankReferences: new Set(['B-OLD']),
      })[0],
    ).toMatchObject({ outcome: 'duplicate_payment' });
  });

  it('partial payments: the first leaves the statement short, the second completes it; payments are taken in value-date order', () => {
    const [second, first] = matchPayments(
      [
        payment({ id: 'late', remittanceText: 'ST-202611-000003', amountFen: 3_000, valueDate: '2026-12-20' }),
        payment({ id: 'early', remittanceText: 'ST-202611-000003 部分', amountFen: 5_000, valueDate: '2026-12-10' }),
      ],
      statements,
      payees,
      settings,
    );
    expect(first).toMatchObject({ paymentId: 'early', outcome: 'underpaid', shortFen: 3_000 });
    expect(second).toMatchObject({ paymentId: 'late', outcome: 'matched', shortFen: 0 });
  });

  it('one payment file gives all five results, including a many-to-one match', () => {
    const file = [
      payment({
        id: 'F1',
        bankReference: 'R1',
        payeeAccount: '6222 0000 0001',
        amountFen: 15_000,
        remittanceText: 'ST-202611-000001 ST-202611-000002',
      }),
      payment({
        id: 'F2',
        bankReference: 'R2',
        payeeAccount: '6222-0000-0002',
        amountFen: 6_000,
        remittanceText: 'ST-202611-000003',
      }),
      payment({
        id: 'F3',
        bankReference: 'R3',
        payeeAccount: '6222-0000-0002',
        amountFen: 4_000,
        remittanceText: 'ST-202611-000004',
      }),
      payment({
        id: 'F4',
        bankReference: 'R4',
        payeeAccount: '6222-0000-0002',
        amountFen: 7_000,
        remittanceText: 'ST-202610-000009',
      }),
      payment({ id: 'F5', bankReference: 'R5', payeeAccount: '1111', payeeName: 'Stranger', amountFen: 1_234 }),
    ];
    const results = matchPayments(file, statements, payees, settings);
    expect(results.map((r) => [r.paymentId, r.outcome, r.rule])).toEqual([
      ['F1', 'matched', 'statement_number'],
      ['F2', 'underpaid', 'statement_number'],
      ['F3', 'overpaid', 'statement_number'],
      ['F4', 'duplicate_payment', 'statement_number'],
      ['F5', 'unknown_payee', 'none'],
    ]);
    expect(results[0]!.allocations).toHaveLength(2);
  });

  it('refuses a payment that is not a whole positive amount', () => {
    expect(() => one({ amountFen: 0 })).toThrow(RangeError);
    expect(() => one({ amountFen: 10.5 })).toThrow(RangeError);
  });
});

describe('matching payments (properties)', () => {
  const providers = ['SP-1', 'SP-2', 'SP-3'];
  const world = fc
    .record({
      statements: fc.array(
        fc.record({
          providerId: fc.constantFrom(...providers),
          netPayableFen: fc.integer({ min: 1, max: 20_000 }),
          paidShare: fc.constantFrom(0, 0, 0, 0.5, 1),
          approvedDay: fc.integer({ min: 1, max: 28 }),
        }),
        { maxLength: 12 },
      ),
      payments: fc.array(
        fc.record({
          reference: fc.option(fc.constantFrom('R1', 'R2', 'R3', 'R4', 'R5', 'R6'), { nil: null }),
          payee: fc.constantFrom(...providers, 'SP-UNKNOWN'),
          byAccount: fc.boolean(),
          amountFen: fc.integer({ min: 1, max: 40_000 }),
          /** Often the amount still owed on a statement (exact, a little less or more), else the random amount. */
          owedOn: fc.option(fc.record({ k: fc.nat(), delta: fc.constantFrom(0, 0, 0, -100, 100) }), { freq: 2 }),
          day: fc.integer({ min: 1, max: 28 }),
          names: fc.array(fc.nat(), { maxLength: 3 }),
        }),
        { maxLength: 15 },
      ),
    })
    .map(({ statements: ss, payments: ps }) => {
      const statements: PayableStatement[] = ss.map((s, i) => ({
        id: i + 1,
        number: `ST-202611-${String(i + 1).padStart(6, '0')}`,
        providerId: s.providerId,
        netPayableFen: s.netPayableFen,
        paidFen: Math.floor(s.netPayableFen * s.paidShare),
        approvedOn: `2026-12-${String(s.approvedDay).padStart(2, '0')}`,
      }));
      const payments: Payment[] = ps.map((p, i) => ({
        id: `P${i}`,
        bankReference: p.reference,
        payeeAccount: p.byAccount ? `ACC-${p.payee}` : null,
        payeeName: p.byAccount ? null : `Name ${p.payee}`,
        amountFen: (() => {
          const own = statements.filter((s) => s.providerId === p.payee);
          const s = p.owedOn && own[p.owedOn.k % Math.max(1, own.length)];
          return s ? Math.max(1, s.netPayableFen - s.paidFen + p.owedOn!.delta) : p.amountFen;
        })(),
        valueDate: `2026-12-${String(p.day).padStart(2, '0')}`,
        remittanceText: p.names.map((k) => statements[k % Math.max(1, statements.length)]?.number ?? '').join(' '),
      }));
      return { statements, payments };
    });
  const payeesOf = providers.map((p) => ({ providerId: p, accounts: [`ACC-${p}`], names: [`Name ${p}`] }));

  it('every payment gets exactly one result; allocations never exceed the payment nor what a statement was owed; the outcome agrees with the amounts; the input order does not matter', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(world, fc.integer({ min: 0, max: 60 }), ({ statements: ss, payments }, window) => {
        const results = matchPayments(payments, ss, payeesOf, { dateWindowDays: window });
        for (const r of results) seen.set(`${r.outcome}/${r.rule}`, (seen.get(`${r.outcome}/${r.rule}`) ?? 0) + 1);
        expect(results.map((r) => r.paymentId)).toEqual(payments.map((p) => p.id));
        const allocatedTo = new Map<number, number>();
        results.forEach((r, i) => {
          const amount = payments[i]!.amountFen;
          const sum = r.allocations.reduce((s, a) => s + a.amountFen, 0);
          expect(sum).toBeLessThanOrEqual(amount);
          expect(r.unallocatedFen).toBe(amount - sum);
          for (const a of r.allocations) {
            expect(a.amountFen).toBeGreaterThan(0);
            allocatedTo.set(a.statementId, (allocatedTo.get(a.statementId) ?? 0) + a.amountFen);
          }
          if (r.outcome === 'matched') expect([r.unallocatedFen, r.shortFen]).toEqual([0, 0]);
          if (r.outcome === 'underpaid') expect(r.unallocatedFen === 0 && r.shortFen > 0).toBe(true);
          if (r.outcome === 'overpaid') expect(r.unallocatedFen).toBeGreaterThan(0);
          if (r.outcome === 'duplicate_payment' || r.outcome === 'unknown_payee') expect(r.allocations).toEqual([]);
        });
        for (const s of ss) expect(s.paidFen + (allocatedTo.get(s.id) ?? 0)).toBeLessThanOrEqual(s.netPayableFen);
        const shuffled = matchPayments([...payments].reverse(), ss, payeesOf, { dateWindowDays: window });
        expect(new Map(shuffled.map((r) => [r.paymentId, r]))).toEqual(new Map(results.map((r) => [r.paymentId, r])));
      }),
      // A fixed seed: the coverage check below must not depend on the luck of one run.
      { numRuns: 300, seed: 20261129 },
    );
    // The generator must reach every outcome and every rule, or the property proves little.
    const outcomes = new Set([...seen.keys()].map((k) => k.split('/')[0]));
    const rules = new Set([...seen.keys()].map((k) => k.split('/')[1]));
    expect([...outcomes].sort()).toEqual(['duplicate_payment', 'matched', 'overpaid', 'underpaid', 'unknown_payee']);
    expect([...rules].sort()).toEqual([
      'bank_reference',
      'none',
      'payee_account_amount',
      'payee_already_paid',
      'payee_amount_date_window',
      'payee_oldest_first',
      'statement_number',
    ]);
  });
});

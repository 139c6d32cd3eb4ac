import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { adjudicate, safeAdjudicate } from './adjudicate.ts';
import type { ClaimFacts } from './contract.ts';
import { claimFactsSchema, parseClaimFacts } from './schema.ts';
import { colourTv, cst, qualityClaim } from './test-support/claim-facts.ts';

const valid = qualityClaim(colourTv, '2024-03-01', '2024-03-06');

function messagesFor(input: unknown): string[] {
  const result = claimFactsSchema.safeParse(input);
  if (result.success) throw new Error('expected a validation failure');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

function withSale(sale: Record<string, unknown>): unknown {
  return { ...valid, sale: { ...valid.sale, ...sale } };
}

describe('claimFactsSchema', () => {
  it('accepts the contract shape and keeps it as it is', () => {
    expect(claimFactsSchema.parse(valid)).toEqual(valid);
  });

  it('has exactly the ClaimFacts type', () => {
    expectTypeOf<z.output<typeof claimFactsSchema>>().toEqualTypeOf<ClaimFacts>();
    expectTypeOf<ClaimFacts>().toExtend<z.input<typeof claimFactsSchema>>();
  });

  it('strips unknown fields, so callers may send more optional fields', () => {
    const parsed = parseClaimFacts({ ...valid, extra: 1, sale: { ...valid.sale, sku: 'TV-55' } });
    expect(parsed).toEqual(valid);
  });

  it.each([
    ['2024-02-30', 'sale.invoiceDate must be a real calendar date'],
    ['2023-02-29', 'sale.invoiceDate must be a real calendar date'],
    ['2024/03/01', 'sale.invoiceDate must be a real calendar date'],
    [20240301, "sale.invoiceDate must be a date string 'YYYY-MM-DD', got 20240301"],
  ])('rejects invoiceDate %s naming the field', (invoiceDate, message) => {
    expect(messagesFor(withSale({ invoiceDate })).join('\n')).toContain(message);
  });

  it.each(['2024-06-08T23:30:00', '2024-06-08', '2024-06-31T10:00:00+08:00'])(
    'rejects a deliveredAt without offset or date: %s',
    (deliveredAt) => {
      expect(messagesFor(withSale({ deliveredAt }))).toEqual([
        expect.stringMatching(
          /^sale\.deliveredAt: sale\.deliveredAt must be an ISO-8601 date-time with 'Z' or a ±HH:MM offset/,
        ),
      ]);
    },
  );

  it.each([
    [-1, 'sale.priceFen must not be negative'],
    [2999.5, 'sale.priceFen must be a whole number of fen'],
    ['3000', 'sale.priceFen must be a number'],
  ])('rejects priceFen %s', (priceFen, message) => {
    expect(messagesFor(withSale({ priceFen })).join('\n')).toContain(message);
  });

  it('rejects a fractional or out-of-range basis-point rate', () => {
    expect(messagesFor({ ...valid, policy: { ...colourTv, dailyDepreciationBp: 0.5 } }).join('\n')).toContain(
      'policy.dailyDepreciationBp must be a whole number',
    );
    expect(messagesFor({ ...valid, policy: { ...colourTv, usageFactorBp: 20_000 } }).join('\n')).toContain(
      'policy.usageFactorBp must be at most 10000 bp',
    );
  });

  it('names enum values it accepts', () => {
    expect(messagesFor({ ...valid, policy: { ...colourTv, regime: 'tv' } }).join('\n')).toContain(
      'policy.regime must be one of "general", "mobile_phone", "microcomputer", "household_car", "uncatalogued", got "tv"',
    );
    expect(messagesFor({ ...valid, claim: { ...valid.claim, type: 'warranty' } }).join('\n')).toContain(
      'claim.type must be one of "quality", "no_reason"',
    );
  });

  it('requires the contract fields', () => {
    const messages = messagesFor({
      policy: colourTv,
      sale: { channel: 'store', invoiceDate: '2024-03-01' },
      claim: { type: 'quality' },
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('sale.priceFen: sale.priceFen must be a number'),
        expect.stringContaining('claim.raisedAt: claim.raisedAt must be an ISO-8601 date-time string, got nothing'),
      ]),
    );
  });

  it('checks a repair ends no earlier than it started', () => {
    const facts = qualityClaim(colourTv, '2024-03-01', '2024-06-01', {
      repairs: [{ sentOn: '2024-04-10', completedOn: '2024-04-01', fixed: true }],
    });
    expect(messagesFor(facts)).toEqual([
      'history.repairs.0.completedOn: repair.completedOn must not be before repair.sentOn',
    ]);
  });

  it('validates calendar days', () => {
    expect(messagesFor({ ...valid, calendar: { holidays: ['2024-10-01', '2024-10-32'] } })).toEqual([
      expect.stringContaining('calendar.holidays.1: calendar.holidays[] must be a real calendar date'),
    ]);
  });
});

describe('adjudicate on untrusted input', () => {
  it('throws a ZodError on input that does not match the contract', () => {
    expect(() => adjudicate({ ...valid, claim: { ...valid.claim, raisedAt: '2024-03-06' } })).toThrow(z.ZodError);
  });

  it('accepts plain JSON in the contract shape', () => {
    const json = JSON.parse(
      JSON.stringify({ ...valid, claim: { type: 'quality', raisedAt: cst('2024-03-06') } }),
    ) as ClaimFacts;
    expect(adjudicate(json).remedies.map((r) => r.rule)).toEqual(['B3', 'B3', 'B3']);
  });

  it('safeAdjudicate returns the error instead of throwing', () => {
    const result = safeAdjudicate({ nonsense: true });
    expect(result.success).toBe(false);
    if (!result.success) expect(z.prettifyError(result.error)).toContain('policy must be an object');
    const ok = safeAdjudicate(valid);
    expect(ok.success && ok.decision.remedies.length).toBe(3);
  });
});

// The public API of @sanbao/warranty-rules.
import { describe, expect, it } from 'vitest';
import * as api from './index.ts';
import type { ClaimFacts, Decision } from './index.ts';

describe('@sanbao/warranty-rules', () => {
  it('exports the engine contract and its helpers', () => {
    expect(typeof api.adjudicate).toBe('function');
    expect(typeof api.safeAdjudicate).toBe('function');
    expect(typeof api.claimFactsSchema.parse).toBe('function');
    expect(api.ENGINE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(api.citations)).toContain('H5');
    expect(Object.keys(api.annexPolicies)).toContain('colour_tv');
    expect(api.FLAGS.burdenOfProofOnOperator).toBe('burden_of_proof_on_operator');
  });

  it('decides a claim given as plain JSON in the contract shape', () => {
    const json = `{
      "policy": { "regime": "general", "wholeUnitMonths": 12, "mainPartMonths": 36, "dailyDepreciationBp": 10 },
      "sale": { "channel": "store", "invoiceDate": "2024-03-01", "priceFen": 300000 },
      "history": { "repairs": [
        { "sentOn": "2024-04-02", "completedOn": "2024-04-06", "fixed": false },
        { "sentOn": "2024-05-10", "completedOn": "2024-05-16", "fixed": false } ] },
      "claim": { "type": "quality", "raisedAt": "2024-06-09T02:00:00Z" }
    }`;
    const decision: Decision = api.adjudicate(JSON.parse(json) as ClaimFacts);
    expect(decision).toEqual({
      remedies: [
        expect.objectContaining({
          kind: 'refund',
          free: false,
          rule: 'B7',
          refundFen: 273_000,
          depreciationFen: 27_000,
          citation: '《部分商品修理更换退货责任规定》第十三条 / R1995 Art 13',
        }),
        expect.objectContaining({ kind: 'replace', free: true, rule: 'B5' }),
        expect.objectContaining({ kind: 'repair', free: true, rule: 'B9' }),
      ],
      denied: [],
      coverage: {
        startsOn: '2024-03-01',
        wholeUnitEndsOn: '2025-03-11',
        mainPartEndsOn: '2027-03-11',
        extensionDays: 10,
      },
      flags: ['operator_bears_transport_costs'],
    });
  });
});

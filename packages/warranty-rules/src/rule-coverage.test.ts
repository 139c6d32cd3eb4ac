// Every rule id of §3 A, B, C, G and H is exercised by this suite, and the rules that decide claims
// show up in real decisions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import { citations } from './citations.ts';
import { claimFactsArb } from './test-support/arbitraries.ts';

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
const SPEC_RULES = [...ids('A', 9), ...ids('B', 16), ...ids('C', 10), ...ids('G', 18), ...ids('H', 19)];

/** The rules that grant or refuse a remedy; the others are duties, definitions or period rules. */
const DECIDING_RULES = ['A1', 'B3', 'B4', 'B5', 'B6', 'B7', 'B9', 'B10', 'B14', 'C2', 'C4', 'C6', 'C8', 'C9', 'G1', 'G2', 'G4', 'G5', 'G6', 'G7', 'G15', 'H1', 'H2', 'H3', 'H5', 'H7'];

const here = import.meta.dirname;
const otherTests = readdirSync(here)
  .filter((file) => file.endsWith('.test.ts') && file !== 'rule-coverage.test.ts')
  .map((file) => readFileSync(join(here, file), 'utf8'))
  .join('\n');

describe('rule coverage', () => {
  it('covers the 72 rule ids of §3 A, B, C, G and H', () => {
    expect(SPEC_RULES).toHaveLength(72);
  });

  it.each(SPEC_RULES)('%s has a citation and is asserted in a test', (rule) => {
    expect(citations[rule]).toBeDefined();
    expect(otherTests).toMatch(new RegExp(`\\b${rule}\\b`));
  });

  it('the deciding rules appear as the rule of real decisions', () => {
    const produced = new Set<string>();
    for (const facts of fc.sample(claimFactsArb, { numRuns: 4000, seed: 20240701 })) {
      const decision = adjudicate(facts);
      for (const entry of [...decision.remedies, ...decision.denied]) produced.add(entry.rule);
    }
    expect(DECIDING_RULES.filter((rule) => !produced.has(rule))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ChargebackDecision } from '../chargebacks/chargeback-rules.ts';
import type { TagEvent } from '../returns/return-states.ts';
import { tagNewsOf } from './tag-news.ts';

const reversal: ChargebackDecision = {
  kind: 'reversal',
  reverses: { id: 1, reason: 'not_returned', amountFen: 28_000 },
};
const chargeback: ChargebackDecision = { kind: 'chargeback', reason: 'missing' };

describe('tagNewsOf', () => {
  it.each<[string, TagEvent, ChargebackDecision, ReturnType<typeof tagNewsOf>]>([
    ['shipped', { kind: 'shipped' }, null, { kind: 'shipped', shipmentId: 7 }],
    [
      'confirmed on time',
      { kind: 'confirmed', outcome: 'received' },
      null,
      { kind: 'received', outcome: 'received', late: false },
    ],
    [
      'confirmed missing',
      { kind: 'confirmed', outcome: 'missing' },
      chargeback,
      { kind: 'received', outcome: 'missing', late: false },
    ],
    [
      'confirmed after an overdue chargeback',
      { kind: 'confirmed', outcome: 'received' },
      reversal,
      { kind: 'received', outcome: 'received', late: true },
    ],
    ['arrived late', { kind: 'arrived_late' }, reversal, { kind: 'received', outcome: 'received', late: true }],
    [
      'inspected',
      { kind: 'inspected', outcome: 'misuse' },
      { kind: 'chargeback', reason: 'failed_inspection' },
      { kind: 'inspected', outcome: 'misuse' },
    ],
    [
      'declared overdue (the workflow did it)',
      { kind: 'declared_overdue' },
      { kind: 'chargeback', reason: 'not_returned' },
      null,
    ],
  ])('%s', (_, event, decision, news) => {
    expect(tagNewsOf(event, decision, 7)).toEqual(news);
  });
});

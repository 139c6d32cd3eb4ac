import { itKeepsTheIdempotencyContract, type IdempotentMutation } from '@sanbao/testing';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { key, type SettlementClient, type SettlementHarness } from '../../test/settlement-harness.ts';
import { claimCompletion, freshPeriod, startWithDemoCard, statementUpTo } from '../../test/settlement-world.ts';
import { demoRateCard } from '../rate-cards/demo-rate-card.ts';
import { createSettlementRouter } from '../router.ts';
import type { SettlementDeps } from '../settlement-deps.ts';

let h: SettlementHarness;
let claims = 0;
let sp1: SettlementClient;

beforeAll(async () => {
  h = await startWithDemoCard(inject('postgresAdminUrl'));
  sp1 = await h.provider('SP-001');
});

afterAll(async () => {
  await h?.close();
});

const completion = () => ({
  claimId: `WC-IDEM-${++claims}`,
  providerId: 'SP-001',
  completedOn: '2026-11-18',
  serviceType: 'C' as const,
  operationCode: 'R-PCB-REPLACE',
  category: 'TV',
  grade: 'A',
  region: 'east',
  oneWayMeters: 21_000,
  partsCostFen: 12_000,
});

/** A provider with a monthly budget of 1 fen: each of its lines is held (and starts its approval workflow). */
const overBudgetProvider = async () => {
  const providerId = `SP-H${++claims}`;
  await h.manager.quota.set.mutate({ idempotencyKey: key(), providerId, monthlyBudgetFen: 1 });
  return providerId;
};

/** A line held over its provider's monthly budget. */
const heldLine = async () =>
  (await h.system.lines.postForClaim.mutate(claimCompletion(await overBudgetProvider(), '2026-11-18'))).lineId;

/** Every mutation of the router: who calls it, and how to get an input that changes something. */
const mutations: Record<string, IdempotentMutation> = {
  'rateCards.publish': {
    as: 'finance',
    prepare: async () => ({ effectiveFrom: `2027-0${(++claims % 9) + 1}-01`, card: demoRateCard }),
  },
  // Held over quota: the line, its pending transfer and its workflow's outbox row are one effect.
  'lines.postForClaim': {
    as: 'system',
    prepare: async () => ({ ...completion(), providerId: await overBudgetProvider() }),
  },
  'deductions.importChargebacks': {
    as: 'system',
    prepare: async () => {
      h.outbox.add({
        providerId: 'SP-001',
        returnTagId: 7,
        kind: 'chargeback',
        reason: 'wrong_part',
        amountFen: 900,
        reversesEventId: null,
        businessDate: '2026-11-18',
      });
      return { maxEvents: 100 };
    },
  },
  'deductions.recordSlaPenalty': {
    as: 'finance',
    prepare: async () => ({
      claimId: `WC-SLA-${++claims}`,
      providerId: 'SP-001',
      businessDate: '2026-11-18',
      daysLate: 2,
    }),
  },
  'deductions.reverseDuplicate': {
    as: 'finance',
    prepare: async () => {
      const line = await h.system.lines.postForClaim.mutate({ idempotencyKey: key(), ...completion() });
      return { lineId: line.lineId, duplicateOfClaimId: 'WC-ORIGINAL', reason: 'entered twice' };
    },
  },
  'periods.close': {
    as: 'finance',
    prepare: async () => {
      const period = freshPeriod();
      await h.system.lines.postForClaim.mutate(claimCompletion('SP-001', `${period}-10`));
      return { period };
    },
  },
  'quota.set': { as: 'manager', prepare: async () => ({ providerId: `SP-Q${++claims}`, monthlyBudgetFen: 1_000_000 }) },
  'lines.release': {
    as: 'system',
    prepare: async () => ({ lineId: await heldLine(), reason: 'approved in the inbox' }),
  },
  'lines.refuse': { as: 'system', prepare: async () => ({ lineId: await heldLine(), reason: 'refused in the inbox' }) },
  'payments.registerPayee': {
    as: 'finance',
    prepare: async () => ({ providerId: `SP-P${++claims}`, accounts: ['6222 1111'], names: ['某服务站'] }),
  },
  'payments.import': {
    as: 'finance',
    prepare: async () => ({
      fileName: 'bank.csv',
      format: 'csv',
      contentBase64: Buffer.from(
        `value_date,amount_yuan,bank_reference\n2026-11-19,${++claims}.00,BR-${claims}\n`,
      ).toString('base64'),
    }),
  },
  'statements.issue': {
    as: 'finance',
    prepare: async () => ({ statementId: (await statementUpTo(h, sp1, 'SP-001', 'draft')).statementId }),
  },
  'statements.confirm': {
    as: 'provider',
    prepare: async () => ({ statementId: (await statementUpTo(h, sp1, 'SP-001', 'issued')).statementId }),
  },
  'statements.remind': {
    as: 'system',
    prepare: async () => ({ statementId: (await statementUpTo(h, sp1, 'SP-001', 'issued')).statementId }),
  },
  'statements.dispute': {
    as: 'provider',
    prepare: async () => {
      const { statementId, lineId } = await statementUpTo(h, sp1, 'SP-001', 'issued');
      return { statementId, lines: [{ lineId, reason: 'more work than the standard time', claimedFen: 700 }] };
    },
  },
  'statements.resolve': {
    as: 'finance',
    prepare: async () => {
      const { statementId, disputeId } = await statementUpTo(h, sp1, 'SP-001', 'disputed');
      return { statementId, disputeId, grantedFen: 400, resolution: 'partly justified' };
    },
  },
  'statements.approve': {
    as: 'finance',
    prepare: async () => ({ statementId: (await statementUpTo(h, sp1, 'SP-001', 'confirmed')).statementId }),
  },
  'statements.markPaid': {
    as: 'finance',
    prepare: async () => ({ statementId: (await statementUpTo(h, sp1, 'SP-001', 'approved')).statementId }),
  },
};

describe('every mutation is idempotent', () => {
  itKeepsTheIdempotencyContract({
    router: createSettlementRouter({} as SettlementDeps),
    mutations,
    // A mutation may leave work in the background (a workflow signal, a notice); the tables are compared
    // once it has settled.
    call: async (path, input, token) => {
      const answer = await h.call(path, input, token);
      await h.app.background.whenIdle();
      return answer;
    },
    snapshot: () => h.snapshot(),
    db: () => h.db,
  });
});

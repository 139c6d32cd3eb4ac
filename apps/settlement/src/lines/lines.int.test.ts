import type { Kysely } from '@sanbao/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoRateCard } from '../rate-cards/demo-rate-card.ts';
import { insertRateCardVersion, rateCardInForce, rateCardVersionsByIds } from '../rate-cards/rate-cards.repository.ts';
import type { SettlementDatabase } from '../schema.ts';
import { freshSettlementDatabase } from '../../test/settlement-database.ts';
import { explainLine } from './explain-line.ts';
import { computeLine, type LineInputs } from './line-computation.ts';
import { insertLine, lineOfClaim, linesAfter } from './lines.repository.ts';
import { tvRepair } from '../../test/demo-work.ts';

let db: Kysely<SettlementDatabase>;

beforeAll(() => freshSettlementDatabase((fresh) => (db = fresh)));

describe('rate cards and lines on a real database', () => {
  it('the card in force follows the CST business date; a second card for the same date is refused', async () => {
    const first = await insertRateCardVersion(db, {
      effectiveFrom: '2026-01-01',
      card: demoRateCard,
      publishedBy: 'admin-1',
    });
    const raised = {
      ...demoRateCard,
      laborRates: demoRateCard.laborRates.map((r) => ({ ...r, fenPerHour: r.fenPerHour + 600 })),
    };
    const second = await insertRateCardVersion(db, {
      effectiveFrom: '2026-11-01',
      card: raised,
      publishedBy: 'admin-1',
    });
    expect(
      await insertRateCardVersion(db, { effectiveFrom: '2026-11-01', card: demoRateCard, publishedBy: 'admin-2' }),
    ).toBeNull();
    expect(await rateCardInForce(db, '2025-12-31')).toBeNull();
    expect((await rateCardInForce(db, '2026-10-31'))?.id).toBe(first!.id);
    expect(await rateCardInForce(db, '2026-11-01')).toEqual(second);
  });

  it('every stored line recomputes to the fen from its own rate-card version, even after a newer card takes effect', async () => {
    const kinds: Partial<LineInputs>[] = [
      {},
      { serviceType: 'A' },
      { serviceType: 'B', oneWayMeters: 62_500 },
      { serviceType: 'D' },
      { grade: 'C', operationCode: 'R-DIAG', oneWayMeters: 50_005, partsCostFen: 12_345 },
      { category: 'AC', operationCode: 'R-COMPRESSOR', oneWayMeters: 250_000 },
    ];
    let n = 0;
    for (const businessDate of ['2026-06-15', '2026-11-20']) {
      const version = (await rateCardInForce(db, businessDate))!;
      for (const k of kinds) {
        const inputs: LineInputs = { ...tvRepair, ...k };
        const stored = await insertLine(db, {
          claimId: `WC-202611-${String(++n).padStart(6, '0')}`,
          providerId: 'SP-001',
          businessDate,
          inputs,
          computation: computeLine(version, inputs),
          transferId: null,
        });
        expect(stored).not.toBeNull();
      }
    }
    const lines = await linesAfter(db, 0, 100);
    expect(lines).toHaveLength(12);
    const versions = await rateCardVersionsByIds(db, [...new Set(lines.map((l) => l.rateCardVersionId))]);
    expect(versions.size).toBe(2);
    for (const line of lines) expect(explainLine(line, versions.get(line.rateCardVersionId)!).reproduces).toBe(true);
    // The newer card pays 10 yuan an hour more: the same work on either side of its effective date differs by exactly that.
    expect(lines[6]!.amountFen - lines[0]!.amountFen).toBe(900);
  });

  it('one line per claim: a second insert writes nothing', async () => {
    const version = (await rateCardInForce(db, '2026-11-20'))!;
    const inputs: LineInputs = {
      serviceType: 'C',
      operationCode: 'R-DIAG',
      category: 'TV',
      grade: 'B',
      region: 'east',
      oneWayMeters: 0,
      partsCostFen: 0,
    };
    const line = {
      claimId: 'WC-ONCE',
      providerId: 'SP-002',
      businessDate: '2026-11-20',
      inputs,
      computation: computeLine(version, inputs),
      transferId: null,
    };
    const first = await insertLine(db, line);
    expect(await insertLine(db, line)).toBeNull();
    expect(await lineOfClaim(db, 'WC-ONCE')).toEqual(first);
  });
});

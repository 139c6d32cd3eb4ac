import { testTokens } from '@sanbao/testing';
import { ENGINE_VERSION, type Decision } from '@sanbao/warranty-rules';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { roleClients, startWarranty, type WarrantyHarness } from '../../test/warranty-harness.ts';
import { catalogueModel, openQualityClaim, recordRepair, sellUnit } from './claim-fixtures.test-support.ts';

let w: WarrantyHarness;
let admin: ReturnType<WarrantyHarness['client']>;
let manager: ReturnType<WarrantyHarness['client']>;
let provider: ReturnType<WarrantyHarness['client']>;
const changedClaims: number[] = [];
let unchangedClaim: number;

/** Opens a claim through the API, then stores a decision as an older engine made it (the main part repaired only, never replaced). */
async function claimDecidedByOlderEngine(serial: string) {
  await sellUnit(admin, serial);
  const claim = await openQualityClaim(provider, serial, '2026-06-01T10:00:00+08:00', { partCode: 'picture_tube' });
  const current = await w.db
    .selectFrom('claimAdjudications')
    .selectAll()
    .where('claimId', '=', claim.id)
    .executeTakeFirstOrThrow();
  const decision = current.decision as Decision;
  const older: Decision = {
    ...decision,
    remedies: decision.remedies.filter((r) => r.kind !== 'replace_part'),
    denied: [...decision.denied, { kind: 'replace_part', rule: 'B14', reason: 'older engine' }],
  };
  await w.db
    .insertInto('claimAdjudications')
    .values({
      claimId: claim.id,
      facts: JSON.stringify(current.facts),
      decision: JSON.stringify(older),
      engineVersion: '1.0.0',
      policyId: current.policyId,
      policyVersion: current.policyVersion,
    })
    .execute();
  return claim.id;
}

beforeAll(async () => {
  w = await startWarranty(inject('postgresAdminUrl'));
  ({ admin, manager, provider } = await roleClients(w));
  await catalogueModel(admin);
  changedClaims.push(await claimDecidedByOlderEngine('TVI-0001'));
  await sellUnit(admin, 'TVI-0002');
  unchangedClaim = (await openQualityClaim(provider, 'TVI-0002', '2024-09-01T10:00:00+08:00')).id;
  changedClaims.push(await claimDecidedByOlderEngine('TVI-0003'));
});
afterAll(() => w?.stop());

describe('engine impact: which stored decisions the current engine would change', () => {
  it('counts and lists the changed decisions, old next to new, newest claim first', async () => {
    const impact = await manager.claims.engineImpact.query({ limit: 50 });
    expect(impact).toMatchObject({
      engineVersion: ENGINE_VERSION,
      scanned: 3,
      changed: 2,
      byStoredVersion: { '1.0.0': 2 },
      byChange: { remedies: 2, denied: 2 },
      nextBefore: null,
    });
    expect(impact.items.map((item) => item.claimId)).toEqual([...changedClaims].reverse());
    expect(impact.items.map((item) => item.claimId)).not.toContain(unchangedClaim);
    const [item] = impact.items;
    expect(item).toMatchObject({
      storedEngineVersion: '1.0.0',
      providerId: 'SP-001',
      state: 'adjudicated',
      changes: ['remedies', 'denied'],
      rejection: null,
    });
    expect(item!.stored.remedies).toEqual([{ kind: 'repair', rule: 'B14', free: true }]);
    expect(item!.recomputed!.remedies).toEqual([
      { kind: 'replace_part', rule: 'B14', free: true },
      { kind: 'repair', rule: 'B14', free: true },
    ]);
  });

  it('pages by claim id', async () => {
    const first = await admin.claims.engineImpact.query({ limit: 1 });
    expect(first.items.map((item) => item.claimId)).toEqual([changedClaims[1]]);
    expect(first.nextBefore).toBe(changedClaims[1]);
    const second = await admin.claims.engineImpact.query({ limit: 1, before: first.nextBefore! });
    expect(second.items.map((item) => item.claimId)).toEqual([changedClaims[0]]);
    expect(second.nextBefore).toBeNull();
    expect(second.changed).toBe(2);
  });

  it('stored decisions keep the engine version they were made under; readjudicate shows the difference', async () => {
    const claim = await provider.claims.get.query({ claimId: changedClaims[0]! });
    expect(claim.adjudication?.engineVersion).toBe('1.0.0');
    const again = await provider.claims.readjudicate.query({ claimId: changedClaims[0]! });
    expect(again).toMatchObject({ reproduced: false, storedEngineVersion: '1.0.0', engineVersion: ENGINE_VERSION });
    expect(again.recomputed.remedies.map((r) => r.kind)).toContain('replace_part');
    expect((await manager.claims.engineImpact.query({ limit: 50 })).changed).toBe(2);
    expect((await provider.claims.get.query({ claimId: changedClaims[0]! })).adjudication?.engineVersion).toBe('1.0.0');
  });

  it('is for managers and admins only, and bad input is a BAD_REQUEST naming the field', async () => {
    await expect(provider.claims.engineImpact.query({ limit: 10 })).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    const finance = w.client(await testTokens.role('finance'));
    await expect(finance.claims.engineImpact.query({ limit: 10 })).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    await expect(manager.claims.engineImpact.query({ limit: 0 })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', fieldErrors: [expect.objectContaining({ path: 'limit' })] },
    });
    await expect(manager.claims.engineImpact.query({ limit: 10, before: -1 })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', fieldErrors: [expect.objectContaining({ path: 'before' })] },
    });
  });
});

describe('the claim’s fault code reaches the engine', () => {
  it('the same fault on another part within 30 days of a repair is repaired free after the period (B11)', async () => {
    await sellUnit(admin, 'TVI-0004');
    // Recorded by staff: a provider may touch a unit's history only once it serves the unit.
    await recordRepair(manager, 'TVI-0004', {
      sentOn: '2025-02-20',
      completedOn: '2025-03-01',
      fixed: true,
      partCode: 'mainboard',
      faultCode: 'NO_POWER',
    });
    const claim = await openQualityClaim(provider, 'TVI-0004', '2025-03-20T10:00:00+08:00', {
      partCode: 'power_board',
      faultCode: 'NO_POWER',
    });
    expect(claim.adjudication?.decision.remedies).toMatchObject([{ kind: 'repair', rule: 'B11', free: true }]);
    const stored = await w.db
      .selectFrom('claimAdjudications')
      .select('facts')
      .where('claimId', '=', claim.id)
      .executeTakeFirstOrThrow();
    expect(stored.facts).toMatchObject({ claim: { faultCode: 'NO_POWER' } });
  });
});

import { testTokens } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, startPartsHarness, type PartsHarness } from '../../test/parts-harness.ts';
import { countCatalog } from './catalog.repository.ts';

let h: PartsHarness;

beforeAll(async () => {
  h = await startPartsHarness(inject('postgresAdminUrl'));
});

afterAll(async () => {
  await h?.close();
});

const PARTS = 10_000;
const MODELS = 1_000;
const LINES_PER_MODEL = 50;
const code = (i: number) => `P-${String(i).padStart(5, '0')}`;

/** Every 100th part is superseded by the next one; names carry commas and quotes to exercise quoting. */
function partsCsv(costOf: (i: number) => number = (i) => 100 + i) {
  const rows = ['code,name_zh,name_en,unit_cost_fen,part_class,returnable,superseded_by'];
  for (let i = 1; i <= PARTS; i++) {
    rows.push(
      `${code(i)},零件 ${i},"Part ${i}, ""type ${i % 7}""",${costOf(i)},class-${i % 5},${i % 3 === 0 ? 'false' : 'true'},${i % 100 === 0 && i < PARTS ? code(i + 1) : ''}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

function bomCsv(models = MODELS) {
  const rows = ['model_code,part_code,quantity,main'];
  for (let m = 1; m <= models; m++) {
    for (let j = 0; j < LINES_PER_MODEL; j++)
      rows.push(`M-${m},${code(((m * 37 + j * 199) % PARTS) + 1)},${(j % 4) + 1},${j === 0 ? 'true' : ''}`);
  }
  return `${rows.join('\n')}\n`;
}

describe('catalog CSV import on a real database', () => {
  // Correctness only: speed belongs in a benchmark under bench/, never in a timed test.
  it('imports 10k parts and 50k BOM lines, every row counted and stored', async () => {
    const parts = await h.admin.catalog.importParts.mutate({ idempotencyKey: key(), csv: partsCsv() });
    expect(parts).toEqual({ rows: PARTS, inserted: PARTS, updated: 0, unchanged: 0 });
    const bom = await h.admin.catalog.importBom.mutate({ idempotencyKey: key(), csv: bomCsv() });
    expect(bom).toEqual({
      models: MODELS,
      rows: MODELS * LINES_PER_MODEL,
      inserted: MODELS * LINES_PER_MODEL,
      updated: 0,
      unchanged: 0,
      removed: 0,
    });
    expect(await countCatalog(h.db)).toEqual({ parts: PARTS, bomLines: MODELS * LINES_PER_MODEL, models: MODELS });
  });

  it('re-importing the same files changes nothing; a changed row is updated alone', async () => {
    const before = await h.snapshot();
    expect(await h.admin.catalog.importParts.mutate({ idempotencyKey: key(), csv: partsCsv() })).toEqual({
      rows: PARTS,
      inserted: 0,
      updated: 0,
      unchanged: PARTS,
    });
    expect(await h.admin.catalog.importBom.mutate({ idempotencyKey: key(), csv: bomCsv() })).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: MODELS * LINES_PER_MODEL,
      removed: 0,
    });
    expect(await h.snapshot()).toEqual(before);

    const changed = await h.admin.catalog.importParts.mutate({
      idempotencyKey: key(),
      csv: partsCsv((i) => (i === 42 ? 9_999 : 100 + i)),
    });
    expect(changed).toEqual({ rows: PARTS, inserted: 0, updated: 1, unchanged: PARTS - 1 });
    expect((await h.admin.catalog.getPart.query({ code: code(42) })).unitCostFen).toBe(9_999);
  });

  it('a BOM file is the whole BOM of each model it names', async () => {
    const result = await h.admin.catalog.importBom.mutate({
      idempotencyKey: key(),
      csv: `model_code,part_code,quantity,main\nM-1,${code(1)},2,true\nM-1,${code(2)},1,\n`,
    });
    // M-1 did not have P-00001 or P-00002: both are new, and all 50 old lines go.
    expect(result).toEqual({ models: 1, rows: 2, inserted: 2, updated: 0, unchanged: 0, removed: LINES_PER_MODEL });
    const bom = await h.admin.catalog.getBom.query({ modelCode: 'M-1' });
    expect(bom.lines.map((l) => [l.code, l.quantity, l.isMain])).toEqual([
      [code(1), 2, true],
      [code(2), 1, false],
    ]);
    expect((await h.admin.catalog.getBom.query({ modelCode: 'M-2' })).lines).toHaveLength(LINES_PER_MODEL);
  });

  it('a bad row anywhere is a BAD_REQUEST naming its line and column, and nothing of the file is written', async () => {
    const token = await testTokens.role('admin');
    const before = await h.snapshot();
    const badLast = `${partsCsv((i) => 200 + i)}P-99999,坏,Bad,12.50,class-1,true,\n`;
    const res = await h.call('catalog.importParts', { idempotencyKey: key(), csv: badLast }, token);
    expect(res.status).toBe(400);
    expect(res.body.error!.data.fieldErrors).toEqual([
      { path: `csv.line_${PARTS + 2}.unit_cost_fen`, message: expect.stringContaining('must be a whole number') },
    ]);

    const unknownPart = await h.call(
      'catalog.importBom',
      { idempotencyKey: key(), csv: 'model_code,part_code,quantity,main\nM-9,P-00001,1,\nM-9,NOPE,1,\n' },
      token,
    );
    expect(unknownPart.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['csv.line_3.part_code']);

    const cycle = await h.call(
      'catalog.importParts',
      {
        idempotencyKey: key(),
        csv: `code,name_zh,name_en,unit_cost_fen,part_class,returnable,superseded_by\n${code(101)},零件,Part,1,class-1,true,${code(100)}\n`,
      },
      token,
    );
    expect(cycle.status).toBe(400);
    expect(cycle.body.error!.message).toContain('cycle');

    const missingSuccessor = await h.call(
      'catalog.upsertPart',
      {
        idempotencyKey: key(),
        code: 'Z-1',
        nameZh: '零件',
        nameEn: 'Part',
        unitCostFen: 1,
        partClass: 'x',
        returnable: true,
        supersededBy: 'Z-404',
      },
      token,
    );
    expect(missingSuccessor.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['supersededBy']);
    expect(await h.snapshot()).toEqual(before);

    const provider = await h.call(
      'catalog.importParts',
      { idempotencyKey: key(), csv: partsCsv() },
      await testTokens.provider(),
    );
    expect(provider.status).toBe(403);
  });

  it('reads: a superseded part names its current code; search finds Chinese and English names', async () => {
    const provider = await h.provider('SP-001');
    expect(await provider.catalog.getPart.query({ code: code(100) })).toMatchObject({
      supersededBy: code(101),
      currentCode: code(101),
    });
    expect(await provider.catalog.getPart.query({ code: code(101) })).toMatchObject({
      supersededBy: null,
      currentCode: code(101),
    });
    expect((await provider.catalog.searchParts.query({ text: '零件 4242' })).map((p) => p.code)).toEqual([code(4242)]);
    expect((await provider.catalog.searchParts.query({ text: 'Part 4242,', limit: 5 })).map((p) => p.code)).toEqual([
      code(4242),
    ]);
    await expect(provider.catalog.getPart.query({ code: 'NOPE' })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
  });
});

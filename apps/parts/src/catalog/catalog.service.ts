import { inTransaction, sql, type Kysely } from '@sanbao/db';
import { badRequest, notFound } from '@sanbao/trpc';
import type { z } from 'zod';
import type { PartsDatabase } from '../schema.ts';
import { csvField, readBomCsv, readPartsCsv, type PartRow } from './catalog-csv.ts';
import {
  bomOfModel,
  findPart,
  listReturnRules,
  partIdsByCode,
  removeBomLinesNotIn,
  searchParts,
  supersessionChainsOf,
  supersessionsOf,
  upsertBomLines,
  upsertPart,
  upsertParts,
  upsertReturnRule,
} from './catalog.repository.ts';
import type { searchPartsInput, setReturnRuleInput } from './catalog.schemas.ts';
import { bomLineView, partView, returnRuleView } from './catalog.view.ts';
import { currentCode, findSupersessionCycle } from './supersession.ts';

type Db = Kysely<PartsDatabase>;

/** Catalog writes take one lock, so two imports cannot together build a supersession cycle. */
const lockCatalog = (trx: Db) => sql`select pg_advisory_xact_lock(hashtext('parts.catalog'))`.execute(trx);

async function checkSupersessions(
  trx: Db,
  parts: { code: string; supersededBy: string | null; field: (column: string) => string }[],
) {
  const chains = await supersessionsOf(trx);
  for (const p of parts) chains.set(p.code, p.supersededBy);
  for (const p of parts) {
    if (p.supersededBy && !chains.has(p.supersededBy))
      throw badRequest(p.field('superseded_by'), `${p.supersededBy} is not in the catalog or the file`);
  }
  const cycle = findSupersessionCycle(chains);
  if (cycle) {
    const at = parts.find((p) => cycle.includes(p.code));
    throw badRequest(
      at ? at.field('superseded_by') : 'supersededBy',
      `supersession would form a cycle: ${cycle.join(' → ')}`,
    );
  }
}

/** Idempotent: re-importing the same file changes nothing and reports every row unchanged. */
export async function importPartsCsv(db: Db, csv: string) {
  const rows = await readPartsCsv(csv);
  return inTransaction(db, async (trx) => {
    await lockCatalog(trx);
    await checkSupersessions(
      trx,
      rows.map((r) => ({
        code: r.code,
        supersededBy: r.supersededBy,
        field: (column: string) => csvField(r.line, column),
      })),
    );
    const counts = await upsertParts(trx, rows);
    return { rows: rows.length, ...counts, unchanged: rows.length - counts.inserted - counts.updated };
  });
}

/** Each model named in the file gets exactly the file's lines as its BOM. */
export async function importBomCsv(db: Db, csv: string) {
  const rows = await readBomCsv(csv);
  return inTransaction(db, async (trx) => {
    await lockCatalog(trx);
    const ids = await partIdsByCode(trx, [...new Set(rows.map((r) => r.partCode))]);
    const lines = rows.map((r) => {
      const partId = ids.get(r.partCode);
      if (partId === undefined) throw badRequest(csvField(r.line, 'part_code'), `${r.partCode} is not in the catalog`);
      return { modelCode: r.modelCode, partId, quantity: r.quantity, isMain: r.isMain };
    });
    const counts = await upsertBomLines(trx, lines);
    const removed = await removeBomLinesNotIn(trx, lines);
    return {
      models: new Set(rows.map((r) => r.modelCode)).size,
      rows: rows.length,
      ...counts,
      unchanged: rows.length - counts.inserted - counts.updated,
      removed,
    };
  });
}

export async function savePart(db: Db, part: PartRow) {
  return inTransaction(db, async (trx) => {
    await lockCatalog(trx);
    await checkSupersessions(trx, [{ code: part.code, supersededBy: part.supersededBy, field: () => 'supersededBy' }]);
    return partView(await upsertPart(trx, part));
  });
}

export async function getPart(db: Db, code: string) {
  const part = await findPart(db, code);
  if (!part) throw notFound(`part ${code}`);
  const chains = await supersessionChainsOf(db, [code]);
  return { ...partView(part), currentCode: currentCode(code, chains) };
}

export async function findParts(db: Db, filter: z.infer<typeof searchPartsInput>) {
  return (await searchParts(db, filter)).map(partView);
}

export async function getBom(db: Db, modelCode: string) {
  const lines = await bomOfModel(db, modelCode);
  if (lines.length === 0) throw notFound(`BOM of model ${modelCode}`);
  return { modelCode, lines: lines.map(bomLineView) };
}

export async function setReturnRule(db: Db, input: z.infer<typeof setReturnRuleInput>, updatedBy: string) {
  return returnRuleView(
    await upsertReturnRule(db, {
      partClass: input.partClass,
      rule: input.rule,
      sampleEvery: input.sampleEvery ?? null,
      minValueFen: input.minValueFen ?? null,
      dueDays: input.dueDays,
      updatedBy,
    }),
  );
}

export const returnRules = async (db: Db) => (await listReturnRules(db)).map(returnRuleView);

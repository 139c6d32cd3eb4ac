import { sql, type Kysely } from '@sanbao/db';
import type { PartsDatabase, ReturnRuleTable } from '../schema.ts';
import type { PartRow } from './catalog-csv.ts';

type Db = Kysely<PartsDatabase>;

const partColumns = [
  'id',
  'code',
  'nameZh',
  'nameEn',
  'unitCostFen',
  'partClass',
  'returnable',
  'supersededBy',
] as const;

export interface UpsertCounts {
  inserted: number;
  updated: number;
}

const countUpserts = (rows: { inserted: boolean }[]): UpsertCounts => ({
  inserted: rows.filter((r) => r.inserted).length,
  updated: rows.filter((r) => !r.inserted).length,
});

/** One statement for the whole file (unnest of column arrays); unchanged rows are not rewritten. */
export async function upsertParts(db: Db, rows: PartRow[]): Promise<UpsertCounts> {
  const { rows: written } = await sql<{ inserted: boolean }>`
    insert into parts (code, name_zh, name_en, unit_cost_fen, part_class, returnable, superseded_by)
    select * from unnest(
      ${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.nameZh)}::text[], ${rows.map((r) => r.nameEn)}::text[],
      ${rows.map((r) => r.unitCostFen)}::bigint[], ${rows.map((r) => r.partClass)}::text[], ${rows.map((r) => r.returnable)}::boolean[],
      ${rows.map((r) => r.supersededBy)}::text[]
    ) as f(code, name_zh, name_en, unit_cost_fen, part_class, returnable, superseded_by)
    order by code -- index order: the unique index is filled in sequence
    on conflict (code) do update set
      name_zh = excluded.name_zh, name_en = excluded.name_en, unit_cost_fen = excluded.unit_cost_fen,
      part_class = excluded.part_class, returnable = excluded.returnable, superseded_by = excluded.superseded_by, updated_at = now()
    where (parts.name_zh, parts.name_en, parts.unit_cost_fen, parts.part_class, parts.returnable, parts.superseded_by)
      is distinct from (excluded.name_zh, excluded.name_en, excluded.unit_cost_fen, excluded.part_class, excluded.returnable, excluded.superseded_by)
    returning (xmax = 0) as inserted
  `.execute(db);
  return countUpserts(written);
}

export async function supersessionsOf(db: Db): Promise<Map<string, string | null>> {
  const rows = await db.selectFrom('parts').select(['code', 'supersededBy']).execute();
  return new Map(rows.map((r) => [r.code, r.supersededBy]));
}

/** The supersession chains starting at the given codes, as code → superseded_by. */
export async function supersessionChainsOf(db: Db, codes: string[]): Promise<Map<string, string | null>> {
  if (codes.length === 0) return new Map();
  const { rows } = await sql<{ code: string; supersededBy: string | null }>`
    with recursive chain(code, superseded_by) as (
      select code, superseded_by from parts where code = any(${codes}::text[])
      union
      select p.code, p.superseded_by from parts p join chain c on p.code = c.superseded_by
    )
    select code, superseded_by from chain
  `.execute(db);
  return new Map(rows.map((r) => [r.code, r.supersededBy]));
}

export async function partIdsByCode(db: Db, codes: string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('parts')
    .select(['id', 'code'])
    .where('code', '=', sql<string>`any(${codes}::text[])`)
    .execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function findPartsByCode(db: Db, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('parts')
    .select(partColumns)
    .where('code', '=', sql<string>`any(${codes}::text[])`)
    .execute();
}

export async function upsertBomLines(
  db: Db,
  rows: { modelCode: string; partId: number; quantity: number; isMain: boolean }[],
): Promise<UpsertCounts> {
  const { rows: written } = await sql<{ inserted: boolean }>`
    insert into bom_lines (model_code, part_id, quantity, is_main)
    select * from unnest(
      ${rows.map((r) => r.modelCode)}::text[], ${rows.map((r) => r.partId)}::bigint[],
      ${rows.map((r) => r.quantity)}::int[], ${rows.map((r) => r.isMain)}::boolean[]
    ) as f(model_code, part_id, quantity, is_main)
    order by model_code, part_id
    on conflict (model_code, part_id) do update set quantity = excluded.quantity, is_main = excluded.is_main, updated_at = now()
    where (bom_lines.quantity, bom_lines.is_main) is distinct from (excluded.quantity, excluded.is_main)
    returning (xmax = 0) as inserted
  `.execute(db);
  return countUpserts(written);
}

/** The file is the whole BOM of each model it names: lines of those models missing from it go. */
export async function removeBomLinesNotIn(db: Db, rows: { modelCode: string; partId: number }[]): Promise<number> {
  const models = [...new Set(rows.map((r) => r.modelCode))];
  const result = await sql`
    delete from bom_lines b
    where b.model_code = any(${models}::text[])
      and not exists (
        select 1 from unnest(${rows.map((r) => r.modelCode)}::text[], ${rows.map((r) => r.partId)}::bigint[]) as f(model_code, part_id)
        where f.model_code = b.model_code and f.part_id = b.part_id
      )
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function countCatalog(db: Db) {
  const { rows } = await sql<{ parts: number; bomLines: number; models: number }>`
    select (select count(*) from parts)::int as parts, (select count(*) from bom_lines)::int as bom_lines,
           (select count(distinct model_code) from bom_lines)::int as models
  `.execute(db);
  return rows[0]!;
}

export async function findPart(db: Db, code: string) {
  return db.selectFrom('parts').select(partColumns).where('code', '=', code).executeTakeFirst();
}

export async function searchParts(
  db: Db,
  filter: { text?: string | undefined; partClass?: string | undefined; limit: number; afterCode?: string | undefined },
) {
  let query = db.selectFrom('parts').select(partColumns).orderBy('code').limit(filter.limit);
  if (filter.text) {
    const like = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('code', 'ilike', like), eb('nameZh', 'ilike', like), eb('nameEn', 'ilike', like)]),
    );
  }
  if (filter.partClass) query = query.where('partClass', '=', filter.partClass);
  if (filter.afterCode) query = query.where('code', '>', filter.afterCode);
  return query.execute();
}

export async function bomOfModel(db: Db, modelCode: string) {
  return db
    .selectFrom('bomLines as b')
    .innerJoin('parts as p', 'p.id', 'b.partId')
    .select(['p.code', 'p.nameZh', 'p.nameEn', 'p.unitCostFen', 'p.supersededBy', 'b.quantity', 'b.isMain'])
    .where('b.modelCode', '=', modelCode)
    .orderBy('b.isMain', 'desc')
    .orderBy('p.code')
    .execute();
}

export async function upsertReturnRule(db: Db, rule: Omit<ReturnRuleTable, 'createdAt' | 'updatedAt'>) {
  return db
    .insertInto('returnRules')
    .values(rule)
    .onConflict((oc) => oc.column('partClass').doUpdateSet({ ...rule, updatedAt: sql<Date>`now()` }))
    .returning(['partClass', 'rule', 'sampleEvery', 'minValueFen', 'dueDays'])
    .executeTakeFirstOrThrow();
}

export async function listReturnRules(db: Db) {
  return db
    .selectFrom('returnRules')
    .select(['partClass', 'rule', 'sampleEvery', 'minValueFen', 'dueDays'])
    .orderBy('partClass')
    .execute();
}

export async function upsertPart(db: Db, part: PartRow) {
  return db
    .insertInto('parts')
    .values(part)
    .onConflict((oc) => oc.column('code').doUpdateSet({ ...part, updatedAt: sql<Date>`now()` }))
    .returning(partColumns)
    .executeTakeFirstOrThrow();
}

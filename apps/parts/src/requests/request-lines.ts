import type { Kysely } from '@sanbao/db';
import { badRequest } from '@sanbao/trpc';
import { findPartsByCode, supersessionChainsOf } from '../catalog/catalog.repository.ts';
import { currentCode } from '../catalog/supersession.ts';
import type { PartsDatabase } from '../schema.ts';
import { bomPartCodes } from './requests.repository.ts';

type Db = Kysely<PartsDatabase>;

export interface ResolvedLine {
  lineNo: number;
  requestedCode: string;
  quantity: number;
  part: { id: number; code: string; unitCostFen: number };
}

/** Each requested code becomes the part to issue: itself, or the code that supersedes it. */
export async function resolveRequestLines(
  db: Db,
  lines: { partCode: string; quantity: number }[],
): Promise<ResolvedLine[]> {
  const chains = await supersessionChainsOf(
    db,
    lines.map((l) => l.partCode),
  );
  const issuedCodes = lines.map((l, i) => {
    if (!chains.has(l.partCode)) throw badRequest(`lines.${i}.partCode`, `${l.partCode} is not in the catalog`);
    return currentCode(l.partCode, chains);
  });
  const parts = new Map((await findPartsByCode(db, issuedCodes)).map((p) => [p.code, p]));
  return lines.map((l, i) => {
    const code = issuedCodes[i]!;
    const first = issuedCodes.indexOf(code);
    if (first !== i)
      throw badRequest(
        `lines.${i}.partCode`,
        `${l.partCode} is issued as ${code}, which line ${first} already requests`,
      );
    return { lineNo: i + 1, requestedCode: l.partCode, quantity: l.quantity, part: parts.get(code)! };
  });
}

/** Warranty parts must belong to the unit's model: its BOM, read through supersessions. */
export async function checkInBom(db: Db, modelCode: string, lines: ResolvedLine[]): Promise<void> {
  const bomCodes = await bomPartCodes(db, modelCode);
  if (bomCodes.length === 0) throw badRequest('lines.0.partCode', `model ${modelCode} has no BOM in the catalog`);
  const chains = await supersessionChainsOf(db, bomCodes);
  const issuable = new Set(bomCodes.map((c) => currentCode(c, chains)));
  lines.forEach((line, i) => {
    if (!issuable.has(line.part.code))
      throw badRequest(`lines.${i}.partCode`, `${line.requestedCode} is not in the BOM of model ${modelCode}`);
  });
}

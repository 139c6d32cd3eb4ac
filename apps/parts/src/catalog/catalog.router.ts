import { authedProcedure, roleProcedure, router } from '@sanbao/trpc';
import { idempotent } from '@sanbao/trpc/idempotency';
import type { PartsDeps } from '../parts-deps.ts';
import { bomInput, importCsvInput, partCodeInput, searchPartsInput, setReturnRuleInput, upsertPartInput } from './catalog.schemas.ts';
import { findParts, getBom, getPart, importBomCsv, importPartsCsv, returnRules, savePart, setReturnRule } from './catalog.service.ts';

/** Parts, BOMs and return rules: admins write, every signed-in user reads. */
export function createCatalogRouter({ db, idempotency }: PartsDeps) {
  const adminMutation = roleProcedure('admin').use(idempotent(idempotency));
  return router({
    importParts: adminMutation.input(importCsvInput).mutation(({ input }) => importPartsCsv(db, input.csv)),
    importBom: adminMutation.input(importCsvInput).mutation(({ input }) => importBomCsv(db, input.csv)),
    upsertPart: adminMutation.input(upsertPartInput).mutation(({ input: { idempotencyKey: _key, ...part } }) => savePart(db, part)),
    setReturnRule: adminMutation.input(setReturnRuleInput).mutation(({ ctx, input }) => setReturnRule(db, input, ctx.user.sub)),
    getPart: authedProcedure.input(partCodeInput).query(({ input }) => getPart(db, input.code)),
    searchParts: authedProcedure.input(searchPartsInput).query(({ input }) => findParts(db, input)),
    getBom: authedProcedure.input(bomInput).query(({ input }) => getBom(db, input.modelCode)),
    returnRules: authedProcedure.query(() => returnRules(db)),
  });
}

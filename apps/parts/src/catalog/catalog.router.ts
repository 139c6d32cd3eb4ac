import { authedProcedure, mutationProcedure, router } from '@sanbao/trpc';
import type { PartsDeps } from '../parts-deps.ts';
import {
  bomInput,
  importCsvInput,
  partCodeInput,
  searchPartsInput,
  setReturnRuleInput,
  upsertPartInput,
} from './catalog.schemas.ts';
import {
  findParts,
  getBom,
  getPart,
  importBomCsv,
  importPartsCsv,
  returnRules,
  savePart,
  setReturnRule,
} from './catalog.service.ts';

/** Parts, BOMs and return rules: admins write, every signed-in user reads. */
export function createCatalogRouter({ db }: PartsDeps) {
  const adminMutation = mutationProcedure(db)('admin');
  return router({
    importParts: adminMutation.input(importCsvInput).mutation(({ ctx, input }) => importPartsCsv(ctx.db, input.csv)),
    importBom: adminMutation.input(importCsvInput).mutation(({ ctx, input }) => importBomCsv(ctx.db, input.csv)),
    upsertPart: adminMutation
      .input(upsertPartInput)
      .mutation(({ ctx, input: { idempotencyKey: _key, ...part } }) => savePart(ctx.db, part)),
    setReturnRule: adminMutation
      .input(setReturnRuleInput)
      .mutation(({ ctx, input }) => setReturnRule(ctx.db, input, ctx.user.sub)),
    getPart: authedProcedure.input(partCodeInput).query(({ input }) => getPart(db, input.code)),
    searchParts: authedProcedure.input(searchPartsInput).query(({ input }) => findParts(db, input)),
    getBom: authedProcedure.input(bomInput).query(({ input }) => getBom(db, input.modelCode)),
    returnRules: authedProcedure.query(() => returnRules(db)),
  });
}

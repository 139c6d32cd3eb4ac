import { sql, type Kysely } from '@sanbao/db';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { WarrantyDatabase } from '../schema.ts';

type Db = Kysely<WarrantyDatabase>;

/**
 * Everything the rules need about one unit, in one round trip: the sale, its model, the policy in
 * force on the invoice date (latest effective version), the service history and the holiday calendar.
 */
export function loadUnitFacts(db: Db, serial: string) {
  return db
    .selectFrom('soldUnits as u')
    .innerJoin('productModels as m', 'm.modelCode', 'u.modelCode')
    .select((eb) => [
      'u.id',
      'u.serial',
      'u.modelCode',
      'u.channel',
      'u.invoiceDate',
      'u.deliveredAt',
      'u.installedOn',
      'u.priceFen',
      'u.paidFen',
      'u.documents',
      'm.categoryCode',
      'm.mainParts',
      jsonObjectFrom(
        eb
          .selectFrom('policies as p')
          .select(['p.id', 'p.version', 'p.terms', 'p.categoryCode', 'p.needsLegalReview'])
          .whereRef('p.categoryCode', '=', 'm.categoryCode')
          .whereRef('p.effectiveFrom', '<=', 'u.invoiceDate')
          .orderBy('p.effectiveFrom', 'desc')
          .orderBy('p.version', 'desc')
          .limit(1),
      ).as('policy'),
      jsonArrayFrom(
        eb
          .selectFrom('repairs as r')
          .select(['r.sentOn', 'r.completedOn', 'r.partCode', 'r.faultCode', 'r.fixed', 'r.seriousSafetyFault', 'r.hours', 'r.excludedHours'])
          .whereRef('r.unitId', '=', 'u.id')
          .orderBy('r.sentOn')
          .orderBy('r.id'),
      ).as('repairs'),
      jsonArrayFrom(
        eb.selectFrom('replacements as x').select(['x.replacedOn', 'x.scope']).whereRef('x.unitId', '=', 'u.id').orderBy('x.replacedOn').orderBy('x.id'),
      ).as('replacements'),
      jsonArrayFrom(eb.selectFrom('holidays as h').select(['h.day', 'h.kind']).orderBy('h.day')).as('calendar'),
    ])
    .where('u.serial', '=', serial)
    .executeTakeFirst();
}

export type UnitFacts = NonNullable<Awaited<ReturnType<typeof loadUnitFacts>>>;


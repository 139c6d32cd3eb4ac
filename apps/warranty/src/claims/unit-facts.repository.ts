import type { Kysely } from '@sanbao/db';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { WarrantyDatabase } from '../schema.ts';

type Db = Kysely<WarrantyDatabase>;

/**
 * Everything the rules need about one unit, in one round trip: the sale, its model, the policy in
 * force on the invoice date (latest effective version), the service history and the holiday calendar.
 */
export function unitFactsQuery(db: Db, serial: string) {
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
          .select([
            'r.sentOn',
            'r.completedOn',
            'r.partCode',
            'r.faultCode',
            'r.fixed',
            'r.seriousSafetyFault',
            'r.hours',
            'r.excludedHours',
          ])
          .whereRef('r.unitId', '=', 'u.id')
          .orderBy('r.sentOn')
          .orderBy('r.id'),
      ).as('repairs'),
      jsonArrayFrom(
        eb
          .selectFrom('replacements as x')
          .select(['x.replacedOn', 'x.scope'])
          .whereRef('x.unitId', '=', 'u.id')
          .orderBy('x.replacedOn')
          .orderBy('x.id'),
      ).as('replacements'),
      jsonArrayFrom(eb.selectFrom('holidays as h').select(['h.day', 'h.kind']).orderBy('h.day')).as('calendar'),
    ])
    .where('u.serial', '=', serial);
}

type UnitFactsRow = NonNullable<Awaited<ReturnType<ReturnType<typeof unitFactsQuery>['executeTakeFirst']>>>;

const placeholder = '\u0000serial';
const compiledLoaders = new WeakMap<Db, (serial: string) => Promise<UnitFactsRow | undefined>>();

/**
 * The lookup sits on the hot path of every eligibility check. Its SQL never changes, only the
 * serial, so it is compiled once per database handle: building it anew (four subqueries through the
 * camel-case plugin) cost as much as running it.
 */
function compiledLoader(db: Db) {
  const template = unitFactsQuery(db, placeholder).compile();
  const at = template.parameters.indexOf(placeholder);
  if (at < 0) throw new Error('unit facts query lost its serial parameter');
  return async (serial: string) => {
    const parameters = [...template.parameters];
    parameters[at] = serial;
    const { rows } = await db.executeQuery<UnitFactsRow>({ ...template, parameters });
    return rows[0];
  };
}

export function loadUnitFacts(db: Db, serial: string): Promise<UnitFactsRow | undefined> {
  let load = compiledLoaders.get(db);
  if (!load) compiledLoaders.set(db, (load = compiledLoader(db)));
  return load(serial);
}

export type UnitFacts = UnitFactsRow;

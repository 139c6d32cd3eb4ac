import type { Kysely } from '@sanbao/db';
import { badRequest, conflict, notFound } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import { assertMayServeUnit } from '../history/unit-access.ts';
import type { WarrantyDatabase } from '../schema.ts';
import { checkSale } from './sale-check.ts';
import type { RegisterSale } from './sales.schemas.ts';
import { findUnitBySerial, insertUnit, modelExists } from './sales.repository.ts';

type Db = Kysely<WarrantyDatabase>;
type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnitBySerial>>>;

export const toSoldUnit = (row: UnitRow) => ({
  id: row.id,
  serial: row.serial,
  modelCode: row.modelCode,
  channel: row.channel,
  invoiceDate: row.invoiceDate,
  deliveredAt: row.deliveredAt?.toISOString() ?? null,
  installedOn: row.installedOn,
  priceFen: row.priceFen,
  paidFen: row.paidFen,
  documents: row.documents as Record<string, boolean>,
  registeredAt: row.createdAt.toISOString(),
});

export async function registerSale(db: Db, input: RegisterSale, actor: string) {
  const modelKnown = await modelExists(db, input.modelCode);
  const checked = checkSale(input, () => modelKnown);
  if (!checked.ok) throw badRequest(checked.faults[0]!.field, checked.faults[0]!.message);
  const row = await insertUnit(db, {
    serial: input.serial,
    modelCode: input.modelCode,
    channel: input.channel,
    invoiceDate: input.invoiceDate,
    deliveredAt: input.deliveredAt ? new Date(input.deliveredAt) : null,
    installedOn: input.installedOn ?? null,
    priceFen: input.priceFen,
    paidFen: input.paidFen ?? null,
    documents: input.documents,
    importId: null,
    registeredBy: actor,
  });
  if (!row) throw conflict(`serial ${input.serial} is already registered`);
  return toSoldUnit(row);
}

/** A provider reads only units it serves (its claims or service records); staff read any. */
export async function getSoldUnit(db: Db, serial: string, user: AuthUser) {
  const row = await findUnitBySerial(db, serial);
  if (!row) throw notFound(`sold unit ${serial}`);
  await assertMayServeUnit(db, user, row);
  return toSoldUnit(row);
}

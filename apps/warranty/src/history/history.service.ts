import type { Kysely, Selectable } from '@sanbao/db';
import { badRequest, notFound } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { z } from 'zod';
import type { RepairTable, WarrantyDatabase } from '../schema.ts';
import { findUnitBySerial } from '../sales/sales.repository.ts';
import type { recordRepairInput, recordReplacementInput } from './history.schemas.ts';
import { assertMayServeUnit, providerServesUnit } from './unit-access.ts';

type Db = Kysely<WarrantyDatabase>;

/** The unit to record on: one that was sold and, for a provider, one it serves (else the same answer as an unknown serial). */
async function unitFor(db: Db, serial: string, user: AuthUser) {
  const unit = await findUnitBySerial(db, serial);
  if (
    !unit ||
    (user.role === 'provider' && !(user.providerId && (await providerServesUnit(db, user.providerId, unit.id))))
  ) {
    throw badRequest('serial', `unknown serial ${serial}, or not a unit you serve (open a claim on it first)`);
  }
  return unit;
}

/** Who performed the work: a provider records its own; staff record for the factory's own network. */
const performerOf = (user: AuthUser) => user.providerId ?? `staff:${user.sub}`;

export async function recordRepair(db: Db, input: z.infer<typeof recordRepairInput>, user: AuthUser) {
  const unit = await unitFor(db, input.serial, user);
  if (input.sentOn < unit.invoiceDate)
    throw badRequest('sentOn', `sent for repair on ${input.sentOn}, before the sale on ${unit.invoiceDate}`);
  if (input.completedOn && input.completedOn < input.sentOn)
    throw badRequest('completedOn', `completed on ${input.completedOn}, before it was sent on ${input.sentOn}`);
  if (input.excludedHours !== undefined && (input.hours === undefined || input.excludedHours > input.hours)) {
    throw badRequest('excludedHours', 'cannot exceed the repair hours');
  }
  const row = await db
    .insertInto('repairs')
    .values({
      unitId: unit.id,
      providerId: performerOf(user),
      sentOn: input.sentOn,
      completedOn: input.completedOn ?? null,
      partCode: input.partCode ?? null,
      faultCode: input.faultCode ?? null,
      fixed: input.fixed,
      seriousSafetyFault: input.seriousSafetyFault,
      hours: input.hours ?? null,
      excludedHours: input.excludedHours ?? null,
      recordedBy: user.sub,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRepair(row);
}

export async function recordReplacement(db: Db, input: z.infer<typeof recordReplacementInput>, user: AuthUser) {
  const unit = await unitFor(db, input.serial, user);
  if (input.replacedOn < unit.invoiceDate)
    throw badRequest('replacedOn', `replaced on ${input.replacedOn}, before the sale on ${unit.invoiceDate}`);
  const row = await db
    .insertInto('replacements')
    .values({
      unitId: unit.id,
      providerId: performerOf(user),
      replacedOn: input.replacedOn,
      scope: input.scope,
      recordedBy: user.sub,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { id: row.id, serial: input.serial, replacedOn: row.replacedOn, scope: row.scope, providerId: row.providerId };
}

type RepairRow = Selectable<RepairTable>;

const listRepairRows = (db: Db, unitId: number) =>
  db.selectFrom('repairs').selectAll().where('unitId', '=', unitId).orderBy('sentOn').orderBy('id').execute();

const toRepair = (row: RepairRow) => ({
  id: row.id,
  providerId: row.providerId,
  sentOn: row.sentOn,
  completedOn: row.completedOn,
  partCode: row.partCode,
  faultCode: row.faultCode,
  fixed: row.fixed,
  seriousSafetyFault: row.seriousSafetyFault,
  hours: row.hours,
  excludedHours: row.excludedHours,
});

/** A unit's service history, oldest first. */
export async function serviceHistory(db: Db, serial: string, user: AuthUser) {
  const unit = await findUnitBySerial(db, serial);
  if (!unit) throw notFound(`sold unit ${serial}`);
  await assertMayServeUnit(db, user, unit);
  const [repairs, replacements] = await Promise.all([
    listRepairRows(db, unit.id),
    db
      .selectFrom('replacements')
      .selectAll()
      .where('unitId', '=', unit.id)
      .orderBy('replacedOn')
      .orderBy('id')
      .execute(),
  ]);
  return {
    serial,
    repairs: repairs.map(toRepair),
    replacements: replacements.map((r) => ({
      id: r.id,
      replacedOn: r.replacedOn,
      scope: r.scope,
      providerId: r.providerId,
    })),
  };
}

import type { Kysely } from '@sanbao/db';
import { notFound } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { WarrantyDatabase } from '../schema.ts';

type Db = Kysely<WarrantyDatabase>;

/**
 * Whether a provider has dealings with a unit: a claim of its own on it, or a repair or replacement
 * it recorded. Only then may it read the unit's sale and history or add to that history — the
 * repairs counted there decide the customer's 三包 remedies, so a stranger must not write them.
 */
export async function providerServesUnit(db: Db, providerId: string, unitId: number): Promise<boolean> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .or([
          eb.exists(
            eb.selectFrom('claims').select('id').where('unitId', '=', unitId).where('providerId', '=', providerId),
          ),
          eb.exists(
            eb.selectFrom('repairs').select('id').where('unitId', '=', unitId).where('providerId', '=', providerId),
          ),
          eb.exists(
            eb
              .selectFrom('replacements')
              .select('id')
              .where('unitId', '=', unitId)
              .where('providerId', '=', providerId),
          ),
        ])
        .as('serves'),
    ])
    .executeTakeFirstOrThrow();
  return Boolean(row.serves);
}

/**
 * Staff see and act on every unit; a provider only on units it serves. A unit it does not serve is
 * NOT_FOUND, the same answer as a serial that was never sold, so its existence is not disclosed.
 */
export async function assertMayServeUnit(db: Db, user: AuthUser, unit: { id: number; serial: string }): Promise<void> {
  if (user.role !== 'provider') return;
  if (!user.providerId || !(await providerServesUnit(db, user.providerId, unit.id)))
    throw notFound(`sold unit ${unit.serial}`);
}

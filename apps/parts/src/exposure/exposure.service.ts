import type { Kysely } from '@sanbao/db';
import type { AuthUser } from '@sanbao/trpc/auth';
import { getProvider } from '../providers/providers.service.ts';
import type { PartsDatabase } from '../schema.ts';
import { exposureOf, type Exposure } from './exposure-math.ts';
import { exposureComponentsOf } from './exposure.repository.ts';

type Db = Kysely<PartsDatabase>;

export async function currentExposure(
  db: Db,
  provider: { id: string; creditLimitFen: number },
): Promise<Exposure & { pendingIssueFen: number }> {
  const { pendingIssueFen, ...components } = await exposureComponentsOf(db, provider.id);
  return { ...exposureOf(components, provider.creditLimitFen), pendingIssueFen };
}

/** Shown to the provider (its own only) and to managers. */
export async function getExposure(db: Db, user: AuthUser, providerId: string) {
  const provider = await getProvider(db, user, providerId);
  return { providerId, ...(await currentExposure(db, provider)) };
}

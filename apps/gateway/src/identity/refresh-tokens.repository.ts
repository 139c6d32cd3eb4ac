import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from '@sanbao/db';
import type { IdentityDatabase } from './schema.ts';

/** 256 random bits, base64url: the browser holds the token, the database only its SHA-256. */
const newToken = () => randomBytes(32).toString('base64url');
const digest = (token: string) => createHash('sha256').update(token).digest();

export type Rotation =
  | { outcome: 'rotated'; username: string; token: string }
  /** Unknown, expired, or revoked by logout. */
  | { outcome: 'expired' }
  /** A token that was already replaced came back: someone else may hold the family, so all of it is revoked. */
  | { outcome: 'reused'; username: string };

/** Rotating refresh tokens grouped in families (one family per login). */
export function refreshTokens(db: Kysely<IdentityDatabase>, ttlSeconds: number) {
  const expiresAt = sql<Date>`now() + make_interval(secs => ${ttlSeconds})`;
  return {
    /** A new family for a fresh login. The user's long-expired tokens go (a replaced token is kept while its family may live, to catch its reuse). */
    async issue(username: string): Promise<string> {
      const token = newToken();
      await db
        .deleteFrom('refreshTokens')
        .where('username', '=', username)
        .where(sql<boolean>`expires_at < now() - interval '1 day'`)
        .execute();
      await db
        .insertInto('refreshTokens')
        .values({
          familyId: randomUUID(),
          username,
          tokenHash: digest(token),
          expiresAt,
          revokedAt: null,
          revokedReason: null,
        })
        .execute();
      return token;
    },

    /** Replaces the token by a new one of its family, in one transaction (the row is locked, so two uses cannot both win). */
    rotate(token: string): Promise<Rotation> {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('refreshTokens')
          .innerJoin('users', 'users.username', 'refreshTokens.username')
          .select([
            'refreshTokens.id',
            'refreshTokens.familyId',
            'refreshTokens.username',
            'refreshTokens.revokedReason',
            'users.disabledAt',
          ])
          .select(sql<boolean>`refresh_tokens.expires_at <= now()`.as('expired'))
          .where('refreshTokens.tokenHash', '=', digest(token))
          .forUpdate('refreshTokens')
          .executeTakeFirst();
        if (!row) return { outcome: 'expired' };
        if (row.revokedReason === 'rotated') {
          await trx
            .updateTable('refreshTokens')
            .set({ revokedAt: sql<Date>`now()`, revokedReason: 'reuse' })
            .where('familyId', '=', row.familyId)
            .where('revokedAt', 'is', null)
            .execute();
          return { outcome: 'reused', username: row.username };
        }
        if (row.revokedReason || row.expired || row.disabledAt) return { outcome: 'expired' };
        await trx
          .updateTable('refreshTokens')
          .set({ revokedAt: sql<Date>`now()`, revokedReason: 'rotated' })
          .where('id', '=', row.id)
          .execute();
        const next = newToken();
        await trx
          .insertInto('refreshTokens')
          .values({
            familyId: row.familyId,
            username: row.username,
            tokenHash: digest(next),
            expiresAt,
            revokedAt: null,
            revokedReason: null,
          })
          .execute();
        return { outcome: 'rotated', username: row.username, token: next };
      });
    },

    /** Logout: every live token of the token's family is revoked. An unknown token is a no-op. */
    async revokeFamilyOf(token: string): Promise<void> {
      await db
        .updateTable('refreshTokens')
        .set({ revokedAt: sql<Date>`now()`, revokedReason: 'logout' })
        .where('familyId', 'in', (q) =>
          q.selectFrom('refreshTokens').select('familyId').where('tokenHash', '=', digest(token)),
        )
        .where('revokedAt', 'is', null)
        .execute();
    },
  };
}

export type RefreshTokens = ReturnType<typeof refreshTokens>;

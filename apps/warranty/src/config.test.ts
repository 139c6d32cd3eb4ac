import { describe, expect, it } from 'vitest';
import { warrantyConfigSchema } from './config.ts';

const database = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sanbao' };

describe('the warranty config', () => {
  it('refuses to start without a key to verify tokens with', () => {
    const parsed = warrantyConfigSchema.safeParse(database);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['JWT_SECRET']);
  });

  it.each([{ JWT_SECRET: 'a-test-secret-of-enough-length' }, { JWT_JWKS_URL: 'https://auth.example.com/jwks.json' }])(
    'starts with %o',
    (key) => {
      expect(warrantyConfigSchema.safeParse({ ...database, ...key }).success).toBe(true);
    },
  );
});

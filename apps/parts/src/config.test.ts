import { describe, expect, it } from 'vitest';
import { partsConfigSchema } from './config.ts';

const database = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sanbao' };

describe('the parts config', () => {
  it('requires the JWT_SECRET it signs system tokens with, even when a JWKS URL verifies tokens', () => {
    const parsed = partsConfigSchema.safeParse({ ...database, JWT_JWKS_URL: 'https://auth.example.com/jwks.json' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['JWT_SECRET']);
  });

  it('accepts a full environment', () => {
    expect(partsConfigSchema.parse({ ...database, JWT_SECRET: 'a-test-secret-of-enough-length' }).JWT_SECRET).toBe('a-test-secret-of-enough-length');
  });
});

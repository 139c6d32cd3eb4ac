import { describe, expect, it } from 'vitest';
import { settlementConfigSchema } from './config.ts';

const database = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sanbao' };

describe('the settlement config', () => {
  it('requires the JWT_SECRET it signs system tokens with, even when a JWKS URL verifies tokens', () => {
    const parsed = settlementConfigSchema.safeParse({
      ...database,
      JWT_JWKS_URL: 'https://auth.example.com/jwks.json',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['JWT_SECRET']);
  });

  it('refuses a VAT rate above 100 %', () => {
    const parsed = settlementConfigSchema.safeParse({
      ...database,
      JWT_SECRET: 'a-test-secret-of-enough-length',
      SETTLEMENT_VAT_RATE_BP: '10001',
    });
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['SETTLEMENT_VAT_RATE_BP']);
  });

  it('accepts a full environment, listening on 4103 with 6 % VAT', () => {
    const config = settlementConfigSchema.parse({ ...database, JWT_SECRET: 'a-test-secret-of-enough-length' });
    expect([config.PORT, config.SETTLEMENT_VAT_RATE_BP]).toEqual([4103, 600]);
  });
});

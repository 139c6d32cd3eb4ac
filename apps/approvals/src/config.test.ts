import { describe, expect, it } from 'vitest';
import { approvalsConfigSchema } from './config.ts';

const database = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sanbao' };

describe('the approvals config', () => {
  it('refuses to start without a key to verify tokens with', () => {
    const parsed = approvalsConfigSchema.safeParse(database);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['JWT_SECRET']);
  });

  it('refuses to start without a database', () => {
    const parsed = approvalsConfigSchema.safeParse({ JWT_SECRET: 'a-test-secret-of-enough-length' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('DATABASE_URL');
  });

  it('accepts a full environment: port 4104 and the local Temporal by default', () => {
    const config = approvalsConfigSchema.parse({ ...database, JWT_SECRET: 'a-test-secret-of-enough-length' });
    expect(config.PORT).toBe(4104);
    expect(config.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
  });
});

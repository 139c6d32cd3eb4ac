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
    expect(partsConfigSchema.parse({ ...database, JWT_SECRET: 'a-test-secret-of-enough-length' }).JWT_SECRET).toBe(
      'a-test-secret-of-enough-length',
    );
  });

  it('starts workflows on the default Temporal server and queue, with the outbox relay at once and polling each second', () => {
    expect(partsConfigSchema.parse({ ...database, JWT_SECRET: 'a-test-secret-of-enough-length' })).toMatchObject({
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'sanbao',
      OUTBOX_RELAY_POLL_MS: 1000,
      OUTBOX_RELAY_DELAY_MS: 0,
    });
  });

  it('refuses an outbox relay poll that would spin', () => {
    const parsed = partsConfigSchema.safeParse({
      ...database,
      JWT_SECRET: 'a-test-secret-of-enough-length',
      OUTBOX_RELAY_POLL_MS: '0',
    });
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['OUTBOX_RELAY_POLL_MS']);
  });
});

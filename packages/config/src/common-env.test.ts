import { describe, expect, it } from 'vitest';
import { logFrom } from './common-env.ts';

describe('logFrom', () => {
  it.each([
    { NODE_ENV: 'development', LOG_PRETTY: undefined, pretty: true },
    { NODE_ENV: 'production', LOG_PRETTY: undefined, pretty: false },
    { NODE_ENV: 'test', LOG_PRETTY: undefined, pretty: false },
    { NODE_ENV: 'development', LOG_PRETTY: false, pretty: false },
    { NODE_ENV: 'production', LOG_PRETTY: true, pretty: true },
  ])('$NODE_ENV with LOG_PRETTY=$LOG_PRETTY logs pretty: $pretty', ({ pretty, ...config }) => {
    expect(logFrom({ ...config, LOG_LEVEL: 'warn' })).toEqual({ level: 'warn', pretty });
  });
});

import { ConfigError, loadConfig } from '@sanbao/config';
import { silentLogger } from '@sanbao/logger';
import { describe, expect, it } from 'vitest';
import { createGatewayApp } from './app.ts';
import { gatewayConfigSchema } from './config.ts';
import { signingFrom } from './signing.ts';
import { upstreamsFrom } from './upstreams.ts';

const secret = 'a-test-secret-of-enough-length';

/** The gateway as main.ts builds it, from an environment. */
function gatewayFrom(env: Record<string, string | undefined>) {
  const config = loadConfig(gatewayConfigSchema, env);
  return createGatewayApp({
    log: silentLogger(),
    upstreams: upstreamsFrom(config),
    sign: signingFrom(config, config.TOKEN_TTL_SECONDS),
    devLoginEnabled: config.DEV_LOGIN,
  });
}

const login = (env: Record<string, string | undefined>) =>
  gatewayFrom(env).app.request('/auth/dev-login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'manager' }),
  });

describe('the dev login', () => {
  it('hands out no token to a process started with no NODE_ENV and no DEV_LOGIN', async () => {
    const res = await login({ JWT_SECRET: secret });
    expect(res.status).toBe(404);
  });

  it.each(['development', 'test', 'production'])(
    'stays off under NODE_ENV=%s unless DEV_LOGIN=true',
    async (nodeEnv) => {
      expect((await login({ JWT_SECRET: secret, NODE_ENV: nodeEnv })).status).toBe(404);
      expect((await login({ JWT_SECRET: secret, NODE_ENV: nodeEnv, DEV_LOGIN: 'false' })).status).toBe(404);
      expect((await login({ JWT_SECRET: secret, NODE_ENV: nodeEnv, DEV_LOGIN: '' })).status).toBe(404);
    },
  );

  it('signs a token when DEV_LOGIN=true outside production', async () => {
    const res = await login({ JWT_SECRET: secret, DEV_LOGIN: 'true' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ token: expect.any(String), user: { role: 'manager' } });
  });

  it('refuses to start with DEV_LOGIN=true in production', () => {
    expect(() =>
      loadConfig(gatewayConfigSchema, { JWT_SECRET: secret, NODE_ENV: 'production', DEV_LOGIN: 'true' }),
    ).toThrow(/DEV_LOGIN/);
  });

  it('refuses to start without the JWT_SECRET it signs with', () => {
    expect(() => loadConfig(gatewayConfigSchema, {})).toThrow(ConfigError);
    expect(() => loadConfig(gatewayConfigSchema, {})).toThrow(/JWT_SECRET/);
  });
});

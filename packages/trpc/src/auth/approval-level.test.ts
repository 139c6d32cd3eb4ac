import { describe, expect, it } from 'vitest';
import { createTokenVerifier, InvalidTokenError, signToken } from './tokens.ts';

const settings = { issuer: 'sanbao', audience: 'sanbao', secret: 'approval-level-test-secret-0123' };
const sign = (claims: Record<string, unknown>) => signToken(claims as never, { ...settings, ttlSeconds: 60 });

describe('the approvalLevel claim', () => {
  it('survives signing and verification', async () => {
    const verify = createTokenVerifier(settings);
    expect(await verify(await sign({ sub: 'manager2', role: 'manager', approvalLevel: 2 }))).toEqual({ sub: 'manager2', role: 'manager', approvalLevel: 2 });
  });

  it('is optional', async () => {
    const verify = createTokenVerifier(settings);
    expect(await verify(await sign({ sub: 'manager0', role: 'manager' }))).toEqual({ sub: 'manager0', role: 'manager' });
  });

  it.each([0, 1.5, 10, '2'])('refuses %j at signing', async (approvalLevel) => {
    await expect(sign({ sub: 'm', role: 'manager', approvalLevel })).rejects.toThrow();
  });

  it('a token carrying a malformed level is refused at verification', async () => {
    const { SignJWT } = await import('jose');
    const forged = await new SignJWT({ role: 'manager', approvalLevel: 'high' })
      .setSubject('m')
      .setIssuer('sanbao')
      .setAudience('sanbao')
      .setExpirationTime('60s')
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(settings.secret));
    await expect(createTokenVerifier(settings)(forged)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});

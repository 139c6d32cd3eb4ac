import { describe, expect, it } from 'vitest';
import { createTokenVerifier, InvalidTokenError, signToken } from './tokens.ts';

const settings = { issuer: 'sanbao', audience: 'sanbao', secret: 'approval-level-test-secret-0123' };
const sign = (claims: Record<string, unknown>) => signToken(claims as never, { ...settings, ttlSeconds: 60 });

describe('the approvalLevel claim', () => {
  it('survives signing and verification', async () => {
    const verify = createTokenVerifier(settings);
    expect(await verify(await sign({ sub: 'manager2', role: 'manager', approvalLevel: 2 }))).toEqual({
      sub: 'manager2',
      role: 'manager',
      approvalLevel: 2,
    });
  });

  it('is optional', async () => {
    const verify = createTokenVerifier(settings);
    expect(await verify(await sign({ sub: 'manager0', role: 'manager' }))).toEqual({
      sub: 'manager0',
      role: 'manager',
    });
  });

  it.each([0, 1.5, 10, '2'])('refuses %j at signing', async (approvalLevel) => {
    await expect(sign({ sub: 'm', role: 'manager', approvalLevel })).rejects.toThrow();
  });

  // Signed with the right key, issuer and audience (as a careless or hostile issuer might): the verifier
  // still refuses a level outside 1..9 or not an integer, so a token cannot claim a level that does not exist.
  it.each([0, -1, 10, 1.5, '2', 'high', null])(
    'a correctly signed token carrying approvalLevel %j is refused at verification',
    async (approvalLevel) => {
      const { SignJWT } = await import('jose');
      const forged = await new SignJWT({ role: 'manager', approvalLevel })
        .setSubject('m')
        .setIssuer('sanbao')
        .setAudience('sanbao')
        .setIssuedAt()
        .setExpirationTime('60s')
        .setProtectedHeader({ alg: 'HS256' })
        .sign(new TextEncoder().encode(settings.secret));
      await expect(createTokenVerifier(settings)(forged)).rejects.toBeInstanceOf(InvalidTokenError);
    },
  );

  it('a level raised in the payload after signing is refused', async () => {
    const [header, payload, signature] = (await sign({ sub: 'm', role: 'manager', approvalLevel: 1 })).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const raised = Buffer.from(JSON.stringify({ ...claims, approvalLevel: 3 })).toString('base64url');
    await expect(createTokenVerifier(settings)(`${header}.${raised}.${signature}`)).rejects.toBeInstanceOf(
      InvalidTokenError,
    );
  });
});

import { generateKeyPairSync } from 'node:crypto';
import { exportJWK, SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenVerifier, InvalidTokenError, signToken } from './tokens.ts';

const settings = { issuer: 'sanbao', audience: 'sanbao', secret: 'token-test-secret-0123456789abcdef' };
const key = new TextEncoder().encode(settings.secret);
const verify = createTokenVerifier(settings);
const now = () => Math.floor(Date.now() / 1000);

/** A token signed with the right key, with claims as given (nothing added behind the test's back). */
const hs256 = (claims: Record<string, unknown>, secret: Uint8Array = key, alg = 'HS256') =>
  new SignJWT(claims).setProtectedHeader({ alg }).sign(secret);
const manager = () => ({ sub: 'u-1', role: 'manager', iss: 'sanbao', aud: 'sanbao', iat: now(), exp: now() + 600 });

const refused = async (token: string, reason: RegExp) => {
  await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  await expect(verify(token)).rejects.toThrow(reason);
};

describe('bearer tokens', () => {
  it('accepts a well-formed token of the right key, issuer and audience', async () => {
    expect(await verify(await hs256(manager()))).toEqual({ sub: 'u-1', role: 'manager' });
    expect(
      await verify(
        await signToken({ sub: 'p', role: 'provider', providerId: 'SP-001' }, { ...settings, ttlSeconds: 3600 }),
      ),
    ).toMatchObject({ providerId: 'SP-001' });
  });

  it('refuses an expired token', async () => {
    await refused(await hs256({ ...manager(), iat: now() - 7200, exp: now() - 3600 }), /exp/);
  });

  it('refuses a token without exp, or without iat', async () => {
    const { exp: _exp, ...noExp } = manager();
    await refused(await hs256(noExp), /exp/);
    const { iat: _iat, ...noIat } = manager();
    await refused(await hs256(noIat), /iat/);
  });

  it('refuses a token living longer than the maximum lifetime, even when correctly signed', async () => {
    await refused(await hs256({ ...manager(), exp: now() + 100 * 365 * 86400 }), /lifetime/);
    await refused(await hs256({ ...manager(), iat: now() + 50 * 86400, exp: now() + 50 * 86400 + 60 }), /lifetime|iat/);
    const short = createTokenVerifier({ ...settings, maxLifetimeSeconds: 300 });
    await expect(short(await hs256(manager()))).rejects.toThrow(/lifetime exceeds 300/);
  });

  it("refuses alg 'none'", async () => {
    const unsigned = new UnsecuredJWT(manager()).encode();
    await refused(unsigned, /alg|JWS|signature|Invalid/i);
    // The same header with a signature part attached is still no signed token.
    const [header, payload] = unsigned.split('.');
    await refused(`${header}.${payload}.AAAA`, /alg|JWS|signature|Invalid/i);
  });

  it('refuses a token signed with another key, or with an algorithm the verifier does not use', async () => {
    await refused(await hs256(manager(), new TextEncoder().encode('another-secret-0123456789abcdef!!')), /signature/);
    await refused(await hs256(manager(), key, 'HS512'), /alg/);
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const rs256 = await new SignJWT(manager()).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(privateKey);
    await refused(rs256, /alg/);
    // And an RS256 verifier refuses an HS256 token made with its public key as the secret (key confusion).
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const rsVerify = createTokenVerifier({ issuer: 'sanbao', audience: 'sanbao', jwks: { keys: [jwk] } });
    expect(await rsVerify(rs256)).toMatchObject({ role: 'manager' });
    const confused = await hs256(
      manager(),
      new TextEncoder().encode(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
    );
    await expect(rsVerify(confused)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses the wrong issuer or audience', async () => {
    await refused(await hs256({ ...manager(), iss: 'elsewhere' }), /iss/);
    await refused(await hs256({ ...manager(), aud: 'another-app' }), /aud/);
    const { aud: _aud, ...noAudience } = manager();
    await refused(await hs256(noAudience), /aud/);
  });

  it('refuses a tampered role: the payload changed after signing', async () => {
    const genuine = await hs256({ ...manager(), role: 'provider', providerId: 'SP-001' });
    const [header, payload, signature] = genuine.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
    await refused(`${header}.${forged}.${signature}`, /signature/);
  });

  it('refuses an unknown role, and a tenant role without its tenant', async () => {
    await refused(await hs256({ ...manager(), role: 'root' }), /incomplete/);
    await refused(await hs256({ ...manager(), role: 'provider' }), /providerId/);
    await refused(await hs256({ ...manager(), role: 'warehouse' }), /warehouseId/);
  });
});

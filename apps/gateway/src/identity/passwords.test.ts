import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, parseHash, verifyPassword } from './passwords.ts';

const cheap = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing with scrypt', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('sanbao-demo-2026', cheap);
    expect(await verifyPassword('sanbao-demo-2026', stored)).toBe(true);
    expect(await verifyPassword('sanbao-demo-2027', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('stores the parameters and a per-user salt beside the key', async () => {
    const a = await hashPassword('same password', cheap);
    const b = await hashPassword('same password', cheap);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$N=1024,r=8,p=1\$/);
    expect(parseHash(a)!.salt.length).toBe(16);
    expect(parseHash(a)!.salt.equals(parseHash(b)!.salt)).toBe(false);
  });

  it('treats composed and decomposed forms of the same characters as the same password', async () => {
    const stored = await hashPassword('café', cheap);
    expect(await verifyPassword('cafe\u0301', stored)).toBe(true);
  });

  it('never matches a malformed or tampered hash, and refuses absurd parameters', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    const stored = await hashPassword('x', cheap);
    expect(await verifyPassword('x', stored.replace('N=1024', 'N=2048'))).toBe(false);
    expect(parseHash(stored.replace('N=1024', 'N=1000'))).toBeNull();
    expect(parseHash(stored.replace('N=1024', `N=${2 ** 24}`))).toBeNull();
  });

  it('asks for a rehash when the parameters are not the current ones', async () => {
    const stored = await hashPassword('x', cheap);
    expect(needsRehash(stored, cheap)).toBe(false);
    expect(needsRehash(stored)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/auth/password';

describe('password hashes', () => {
  it('are PBKDF2-SHA256 with 100 000 rounds and a 16-byte salt, not the password', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).not.toContain('correct horse battery');
    const [scheme, rounds, salt, digest] = hash.split('$');
    expect(scheme).toBe('pbkdf2-sha256');
    expect(rounds).toBe('100000');
    expect(atob(salt)).toHaveLength(16);
    expect(atob(digest)).toHaveLength(32);
  });

  it('differ for the same password (random salt)', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same password', b)).toBe(true);
  });

  it('verify only the right password', async () => {
    const hash = await hashPassword('Blåbærsyltetøy 2026');
    expect(await verifyPassword('Blåbærsyltetøy 2026', hash)).toBe(true);
    expect(await verifyPassword('blåbærsyltetøy 2026', hash)).toBe(false);
    expect(await verifyPassword('Blåbærsyltetøy 2026 ', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('match a known PBKDF2 vector, so hashes stay readable across runtimes', async () => {
    // The widely published PBKDF2-HMAC-SHA256 vector: "password", "salt", 1 round, 32 bytes.
    const salt = btoa('salt');
    const digest = '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b';
    const bytes = String.fromCharCode(...digest.match(/../g)!.map((h) => parseInt(h, 16)));
    expect(await verifyPassword('password', `pbkdf2-sha256$1$${salt}$${btoa(bytes)}`)).toBe(true);
    expect(await verifyPassword('passwore', `pbkdf2-sha256$1$${salt}$${btoa(bytes)}`)).toBe(false);
  });

  it.each([
    ['an empty string', ''],
    ['another scheme', 'bcrypt$10$abc$def'],
    ['too many rounds for Workers', 'pbkdf2-sha256$200000$c2FsdA==$AAAA'],
    ['broken base64', 'pbkdf2-sha256$1000$%%%$%%%'],
    ['a plain password', 'hunter2hunter2'],
  ])('reject a stored value that is %s', async (_, stored) => {
    expect(await verifyPassword('hunter2hunter2', stored)).toBe(false);
  });
});

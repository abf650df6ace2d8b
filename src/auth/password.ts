import { minPasswordLength } from '../domain/password-rules';

/**
 * Password hashing with WebCrypto PBKDF2-SHA256, so the same code runs on Node and on Workers
 * (which caps PBKDF2 at 100 000 iterations). Stored as `pbkdf2-sha256$<iterations>$<salt>$<hash>`,
 * so the cost can be raised later without breaking old hashes.
 */

const scheme = 'pbkdf2-sha256';
const iterations = 100_000;
const saltBytes = 16;
const hashBits = 256;

/** A new user's fields with the password replaced by its hash, as the database takes them. */
export async function withHashedPassword<T extends { password: string }>({ password, ...rest }: T): Promise<Omit<T, 'password'> & { passwordHash: string }> {
  return { ...rest, passwordHash: await hashPassword(password) };
}

export async function hashPassword(password: string): Promise<string> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(saltBytes));
  const hash = await derive(password, salt, iterations);
  return `${scheme}$${iterations}$${toBase64(salt)}$${toBase64(hash)}`;
}

/** False for a wrong password and for a stored value this code cannot read. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 4 || parts[0] !== scheme) return false;
  const rounds = Number(parts[1]);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > iterations) return false;
  let salt: Uint8Array<ArrayBuffer>;
  let expected: Uint8Array<ArrayBuffer>;
  try {
    salt = fromBase64(parts[2]);
    expected = fromBase64(parts[3]);
  } catch {
    return false;
  }
  const actual = await derive(password, salt, rounds);
  return equalInConstantTime(actual, expected);
}

/**
 * A hash of a password nobody has: login checks unknown users against it so they take as long
 * as known ones and the timing does not tell which usernames exist.
 */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(toBase64(globalThis.crypto.getRandomValues(new Uint8Array(saltBytes))));
  return decoy;
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, rounds: number) {
  const key = await globalThis.crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await globalThis.crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: rounds }, key, hashBits);
  return new Uint8Array(bits);
}

function equalInConstantTime(a: Uint8Array, b: Uint8Array) {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}

function toBase64(bytes: Uint8Array) {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string) {
  return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
}

/** A chosen admin password (HENTETID_ADMIN_PASSWORD) that the API would refuse as too short. */
export class AdminPasswordTooShort extends Error {
  constructor() {
    super(`HENTETID_ADMIN_PASSWORD is too short: use at least ${minPasswordLength} characters (or leave it unset for a generated one). No admin was created or changed.`);
    this.name = 'AdminPasswordTooShort';
  }
}

/** Holds a chosen admin password to the API's minimum length; null (a generated one) passes. */
export function assertChosenPasswordLongEnough(chosen: string | null): void {
  if (chosen !== null && chosen.length < minPasswordLength) throw new AdminPasswordTooShort();
}

/** Crockford's base32: no I, L, O or U, so a code read aloud or off paper is hard to get wrong. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 8;
const CODE_BYTES = 5;
const CANONICAL = /^[0-9A-HJKMNP-TV-Z]{8}$/;
// Longer input cannot be a code, however many dashes and spaces it holds; don't bother cleaning it.
const MAX_INPUT_LENGTH = 64;

/** Eight characters from exactly 40 bits (five bytes), most significant bits first. */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== CODE_BYTES) throw new RangeError(`A code takes ${CODE_BYTES} bytes, got ${bytes.length}`);
  // 40 bits fit exactly in a double's 53-bit mantissa, so plain arithmetic is exact.
  let value = bytes.reduce((acc, byte) => acc * 256 + byte, 0);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    code = CODE_ALPHABET[value % 32] + code;
    value = Math.floor(value / 32);
  }
  return code;
}

/**
 * A fresh random code from WebCrypto (`globalThis.crypto`, present on Node 20 and on Workers).
 * The random bytes are drawn a few kilobytes at a time: a call into WebCrypto costs ~5 µs and a
 * 500-ticket batch takes 500 codes (BENCHMARKS.md, "Dates by luxon"). Bytes are never reused.
 */
export function generateCode(): string {
  if (poolAt + CODE_BYTES > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    poolAt = 0;
  }
  const bytes = pool.subarray(poolAt, poolAt + CODE_BYTES);
  poolAt += CODE_BYTES;
  return codeFromBytes(bytes);
}

const pool = new Uint8Array(CODE_BYTES * 800);
let poolAt = pool.length;

/** `ABCDEFGH` → `ABCD-EFGH`. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * The canonical code a person meant, or null: ignores case, spaces, dashes, dots and
 * underscores, and reads O as 0 and I or L as 1, as Crockford's base32 prescribes.
 */
export function normalizeCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return null;
  const code = input
    .toUpperCase()
    .replace(/[\s\-._]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return CANONICAL.test(code) ? code : null;
}

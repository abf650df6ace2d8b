import { afterEach, describe, expect, it, vi } from 'vitest';
import { CODE_ALPHABET, codeFromBytes, formatCode, generateCode, normalizeCode } from '../../src/domain/codes';

const CANONICAL = /^[0-9A-HJKMNP-TV-Z]{8}$/;

describe('ticket codes', () => {
  afterEach(() => vi.restoreAllMocks());

  it('uses Crockford base32, without I, L, O or U', () => {
    expect(CODE_ALPHABET).toBe('0123456789ABCDEFGHJKMNPQRSTVWXYZ');
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('turns exactly 40 bits into 8 characters, high bits first', () => {
    expect(codeFromBytes(new Uint8Array([0, 0, 0, 0, 0]))).toBe('00000000');
    expect(codeFromBytes(new Uint8Array([0, 0, 0, 0, 1]))).toBe('00000001');
    expect(codeFromBytes(new Uint8Array([0, 0, 0, 0, 32]))).toBe('00000010');
    expect(codeFromBytes(new Uint8Array([255, 255, 255, 255, 255]))).toBe('ZZZZZZZZ');
    expect(codeFromBytes(new Uint8Array([0x08, 0x42, 0x10, 0x84, 0x21]))).toBe('11111111');
    expect(codeFromBytes(new Uint8Array([0xf8, 0, 0, 0, 0]))).toBe('Z0000000');
  });

  it('refuses any other number of bytes', () => {
    expect(() => codeFromBytes(new Uint8Array(4))).toThrow(RangeError);
    expect(() => codeFromBytes(new Uint8Array(6))).toThrow(RangeError);
  });

  it('takes five fresh bytes a code from WebCrypto, drawn in blocks', () => {
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation((array) => {
      (array as Uint8Array).fill(255);
      return array;
    });
    try {
      // A block holds 800 codes, so 800 codes need exactly one fresh block, whatever was left.
      const codes = Array.from({ length: 800 }, () => generateCode());
      expect(spy).toHaveBeenCalledOnce();
      expect((spy.mock.calls[0]![0] as Uint8Array).length % 5).toBe(0);
      expect(codes.at(-1)).toBe('ZZZZZZZZ');
    } finally {
      spy.mockRestore();
    }
  });

  it('generates canonical codes', () => {
    for (let i = 0; i < 1000; i++) expect(generateCode()).toMatch(CANONICAL);
  });

  it('spreads characters evenly over the alphabet', () => {
    const counts = new Map<string, number>([...CODE_ALPHABET].map((c) => [c, 0]));
    const codes = 20_000;
    for (let i = 0; i < codes; i++) for (const c of generateCode()) counts.set(c, counts.get(c)! + 1);
    const expected = (codes * 8) / 32;
    const chiSquare = [...counts.values()].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    // 31 degrees of freedom: above 80 happens by chance about once in ten million runs.
    expect(chiSquare).toBeLessThan(80);
  });

  it('does not repeat itself over 100 000 codes', () => {
    const seen = new Set<string>();
    let repeats = 0;
    for (let i = 0; i < 100_000; i++) {
      const code = generateCode();
      if (seen.has(code)) repeats++;
      seen.add(code);
    }
    // With 2^40 codes, one repeat among 100 000 happens about once in 220 runs (birthday bound),
    // two about once in 100 000; zero would make this test flaky, two means something is wrong.
    expect(repeats).toBeLessThanOrEqual(1);
  });

  it('prints as two groups of four', () => {
    expect(formatCode('ABCDEFGH')).toBe('ABCD-EFGH');
    expect(formatCode('0123ZZZZ')).toBe('0123-ZZZZ');
  });
});

describe('reading a code a person typed', () => {
  it.each([
    ['ABCD-EFGH', 'ABCDEFGH'],
    ['abcd-efgh', 'ABCDEFGH'],
    ['  abcd efgh  ', 'ABCDEFGH'],
    ['AB CD-EF GH', 'ABCDEFGH'],
    ['abcd\tefgh', 'ABCDEFGH'],
    ['ABCD.EFGH', 'ABCDEFGH'],
    ['ABCD_EFGH', 'ABCDEFGH'],
    ['ABCD--EFGH', 'ABCDEFGH'],
    ['OOOO-0000', '00000000'],
    ['oooo-0000', '00000000'],
    ['IIII-LLLL', '11111111'],
    ['il1I-Lo0O', '11111000'],
    ['zzzz-zzzz', 'ZZZZZZZZ'],
  ])('reads %j as %s', (input, code) => {
    expect(normalizeCode(input)).toBe(code);
  });

  it.each([
    ['a U, which Crockford leaves out', 'ABCD-EFGU'],
    ['seven characters', 'ABCD-EFG'],
    ['nine characters', 'ABCD-EFGHJ'],
    ['nothing', ''],
    ['only separators', ' - . _ '],
    ['a slash', 'ABCD/EFGH'],
    ['letters outside the alphabet', 'ÅBCD-EFGH'],
    ['a very long input', `${'-'.repeat(100)}ABCDEFGH`],
  ])('refuses %s', (_, input) => {
    expect(normalizeCode(input)).toBeNull();
  });

  it('reads back every generated code, printed or typed in lower case', () => {
    for (let i = 0; i < 1000; i++) {
      const code = generateCode();
      expect(normalizeCode(formatCode(code))).toBe(code);
      expect(normalizeCode(formatCode(code).toLowerCase())).toBe(code);
    }
  });
});

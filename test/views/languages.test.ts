import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientCatalogues, staffCatalogues } from '../../web/i18n/catalogue';
import { negotiateLang, negotiateStaffLang } from '../../web/i18n/negotiate';
import { clock, keepLtr, longDate } from '../../web/i18n/time-format';

describe('choosing the language', () => {
  it('gives a client page any client language, by link, cookie or browser', () => {
    expect(negotiateLang('pl', undefined, undefined)).toBe('pl');
    expect(negotiateLang(undefined, 'ar', 'nb')).toBe('ar');
    expect(negotiateLang(undefined, undefined, 'uk-UA,uk;q=0.9,ru;q=0.8')).toBe('uk');
    expect(negotiateLang(undefined, undefined, 'de, ar;q=0.4')).toBe('ar');
    expect(negotiateLang(undefined, undefined, 'de')).toBe('nb');
  });

  it('gives a staff page English for a reader of Polish, Ukrainian or Arabic', () => {
    expect(negotiateStaffLang('pl', undefined, 'nb')).toBe('en');
    expect(negotiateStaffLang(undefined, 'uk', undefined)).toBe('en');
    expect(negotiateStaffLang(undefined, undefined, 'ar-SY')).toBe('en');
  });

  it('gives a staff page Norwegian or English when the browser lists one after a client-only language', () => {
    expect(negotiateStaffLang(undefined, undefined, 'pl, nb;q=0.5, en;q=0.3')).toBe('nb');
    expect(negotiateStaffLang(undefined, undefined, 'uk, nn;q=0.5')).toBe('nb');
    expect(negotiateStaffLang(undefined, undefined, 'ar, en;q=0.5')).toBe('en');
    expect(negotiateStaffLang('en', 'pl', undefined)).toBe('en');
    expect(negotiateStaffLang(undefined, undefined, undefined)).toBe('nb');
  });
});

describe('the client catalogues', () => {
  it('speak the staff languages too, and only Arabic runs right to left', () => {
    expect(Object.keys(clientCatalogues)).toEqual(['nb', 'en', 'pl', 'uk', 'ar']);
    expect(Object.keys(staffCatalogues)).toEqual(['nb', 'en']);
    expect(Object.values(clientCatalogues).filter((t) => t.dir === 'rtl').map((t) => t.lang)).toEqual(['ar']);
  });

  it('mark each new language as needing a native speaker’s review on its first line', () => {
    for (const lang of ['pl', 'uk', 'ar']) {
      const first = readFileSync(new URL(`../../web/i18n/${lang}.ts`, import.meta.url), 'utf8').split('\n')[0];
      expect(first).toMatch(/^\/\/ NEEDS REVIEW by a native .+ speaker/);
    }
  });

  it('leave no text empty', () => {
    const empties = (value: unknown, path: string): string[] =>
      typeof value === 'string'
        ? value.trim() ? [] : [path]
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => empties(v, `${path}.${k}`))
          : [];
    for (const [lang, t] of Object.entries(clientCatalogues)) expect(empties(t, lang)).toEqual([]);
  });
});

describe('dates and times in each language', () => {
  const monday = '2026-12-07';
  const zone = 'Europe/Oslo';

  it('put the month after a day number in the genitive in Polish and Ukrainian', () => {
    expect(longDate(clientCatalogues.pl, monday, zone)).toBe('Poniedziałek, 7 grudnia 2026');
    expect(longDate(clientCatalogues.uk, monday, zone)).toBe('Понеділок, 7 грудня 2026');
  });

  it('write Arabic dates with the same digits as the times and codes beside them', () => {
    expect(longDate(clientCatalogues.ar, monday, zone)).toBe('الاثنين 7 ديسمبر 2026');
    expect(clock(clientCatalogues.ar, Date.UTC(2026, 11, 7, 10, 0), zone)).toBe('11:00');
  });

  it('isolate a time range left to right only on a right-to-left page', () => {
    expect(keepLtr(clientCatalogues.ar, '17:00–18:30')).toBe('\u206617:00–18:30\u2069');
    expect(keepLtr(clientCatalogues.pl, '17:00–18:30')).toBe('17:00–18:30');
  });
});

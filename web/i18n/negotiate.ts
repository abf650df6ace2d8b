import { defaultLang, isLang, isStaffLang, type Lang, type StaffLang } from './catalogue';

export const langCookie = 'hentetid_lang';

/** Readers of Nynorsk or plain "Norwegian" get bokmål rather than falling back to English. */
const aliases = new Map<string, Lang>([
  ['no', 'nb'],
  ['nn', 'nb'],
]);

/**
 * The page language: `?lang=` first (the caller then remembers it in a cookie), then that cookie,
 * then the browser's Accept-Language by quality, then Norwegian.
 */
export function negotiateLang(query: string | undefined, cookie: string | undefined, acceptLanguage: string | undefined): Lang {
  if (isLang(query)) return query;
  if (isLang(cookie)) return cookie;
  return fromAcceptLanguage(acceptLanguage ?? '');
}

/**
 * The language of a staff page, which speaks only Norwegian and English. A reader who chose
 * Polish, Ukrainian or Arabic (by link, cookie or browser) gets English: they have told us they
 * prefer not to read Norwegian, and English is the second language most of them read; a browser
 * that also lists Norwegian or English higher than nothing gets that one.
 */
export function negotiateStaffLang(query: string | undefined, cookie: string | undefined, acceptLanguage: string | undefined): StaffLang {
  const lang = negotiateLang(query, cookie, acceptLanguage);
  if (isStaffLang(lang)) return lang;
  if (isLang(query) || isLang(cookie)) return 'en';
  const listed = byQuality(acceptLanguage ?? '')
    .map((tag) => tag.split('-')[0])
    .map((primary) => aliases.get(primary) ?? primary)
    .find(isStaffLang);
  return listed ?? 'en';
}

function fromAcceptLanguage(header: string): Lang {
  for (const tag of byQuality(header)) {
    const primary = tag.split('-')[0];
    if (isLang(primary)) return primary;
    // A Map, so a tag like "constructor" finds nothing rather than Object's own properties.
    const alias = aliases.get(primary);
    if (alias) return alias;
  }
  return defaultLang;
}

function byQuality(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { tag, q: q ? Number(q[1]) : 1, index };
    })
    .filter((e) => e.tag && e.tag !== '*' && e.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((e) => e.tag);
}

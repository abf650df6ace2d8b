import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { catalogues, langs } from '../../../web/i18n/catalogue';
import { langCookie, negotiateLang } from '../../../web/i18n/negotiate';
import type { PageContext } from '../../../web/views/layout';
import type { AppEnv } from '../../http/context';

export type PageEnv = { Variables: AppEnv['Variables'] & { page: PageContext } };
export type PageCtx = Context<PageEnv>;

const yearSeconds = 365 * 24 * 60 * 60;

/** Picks the language for the page and builds what every view needs (`c.var.page`). */
export function pageContext(): MiddlewareHandler<PageEnv> {
  return async (c, next) => {
    c.set('page', buildPageContext(c));
    // The same URL is another page in another language or for another login.
    c.header('Vary', 'Cookie, Accept-Language');
    await next();
  };
}

/**
 * An explicit `?lang=` is remembered in a cookie; nobody is given a cookie for just reading a page.
 * The links to the other languages keep the path and query as they came.
 */
export function buildPageContext(c: Context<PageEnv>): PageContext {
  const asked = c.req.query('lang');
  const lang = negotiateLang(asked, getCookie(c, langCookie), c.req.header('accept-language'));
  if (asked === lang) setCookie(c, langCookie, lang, { path: '/', maxAge: yearSeconds, sameSite: 'Lax', httpOnly: true });
  const url = new URL(c.req.url);
  const query = new URLSearchParams(url.search);
  const otherLangs = langs
    .filter((l) => l !== lang)
    .map((l) => {
      query.set('lang', l);
      return { lang: l, href: `${url.pathname}?${query}`, label: catalogues[l].languageName };
    });
  return { lang, t: catalogues[lang], user: c.get('user'), otherLangs };
}

/** Only same-origin relative paths may be a redirect target; anything else goes home. */
export function safeNext(next: string | undefined): string {
  // A path on this site only: browsers drop tabs and newlines and read a backslash as a slash,
  // so "/\tevil.example" or "/\\evil.example" would leave it.
  if (!next || !next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(next)) return '/';
  return next;
}

/** The base for links printed on paper: HENTETID_PUBLIC_URL, else where this request came in. */
export function publicBase(c: Context<PageEnv>): string {
  return c.get('services').settings.publicUrl ?? new URL(c.req.url).origin;
}

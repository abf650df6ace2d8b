import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { catalogues, langs, type Lang } from '../../../web/i18n/catalogue';
import { langCookie, negotiateLang } from '../../../web/i18n/negotiate';
import type { PageContext } from '../../../web/views/layout';
import type { AppEnv } from '../../http/context';
import { setPageCookie, setPageHeader, type PageHeadersEnv } from './page-headers';

export type PageEnv = { Variables: AppEnv['Variables'] & PageHeadersEnv['Variables'] & { page: PageContext } };
export type PageCtx = Context<PageEnv>;

const yearSeconds = 365 * 24 * 60 * 60;

/**
 * Picks the language for the page and builds what every view needs. An explicit `?lang=` is
 * remembered in a cookie; nobody is given a cookie for just reading a page.
 */
export function pageContext(forgeryCheck: MiddlewareHandler<PageEnv>): MiddlewareHandler<PageEnv> {
  return async (c, next) => {
    c.set('page', buildPageContext(c));
    setPageHeader(c, 'Vary', 'Cookie, Accept-Language');
    // The cross-site form check runs inside this middleware, and only for a form post: as a
    // middleware of its own it cost every page request a dispatch, for a GET a pass-through.
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') await next();
    else await forgeryCheck(c, next);
  };
}

export function buildPageContext(c: Context<PageEnv>): PageContext {
  const asked = c.req.query('lang');
  const lang = negotiateLang(asked, getCookie(c, langCookie), c.req.header('accept-language'));
  if (asked === lang) setPageCookie(c, langCookie, lang, { path: '/', maxAge: yearSeconds, sameSite: 'Lax', httpOnly: true });
  // The path and query as they came (still percent-encoded), without parsing the whole URL.
  const url = c.req.url;
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  const queryStart = url.indexOf('?', pathStart);
  const path = queryStart === -1 ? url.slice(pathStart) : url.slice(pathStart, queryStart);
  // Most pages come without a query: then the link is the path and the language alone.
  const query = queryStart === -1 ? null : new URLSearchParams(url.slice(queryStart + 1));
  const otherLangs = langs
    .filter((l) => l !== lang)
    .map((l: Lang) => {
      query?.set('lang', l);
      return { lang: l, href: query ? `${path}?${query}` : `${path}?lang=${l}`, label: catalogues[l].languageName };
    });
  return { lang, t: catalogues[lang], user: c.get('user'), otherLangs };
}

/** Only same-origin relative paths may be a redirect target; anything else goes home. */
export function safeNext(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

/** The base for links printed on paper: HENTETID_PUBLIC_URL, else where this request came in. */
export function publicBase(c: Context<PageEnv>): string {
  return c.get('services').settings.publicUrl ?? new URL(c.req.url).origin;
}

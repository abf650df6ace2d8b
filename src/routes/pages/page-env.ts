import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { clientCatalogues, isStaffLang, langs, staffCatalogues, staffLangs, type Lang } from '../../../web/i18n/catalogue';
import { langCookie, negotiateLang, negotiateStaffLang } from '../../../web/i18n/negotiate';
import type { ClientPageContext, LangLink, PageContext } from '../../../web/views/layout';
import type { AppEnv } from '../../http/context';

export type PageEnv = { Variables: AppEnv['Variables'] & { page: PageContext } };
export type PageCtx = Context<PageEnv>;

const yearSeconds = 365 * 24 * 60 * 60;

/** Picks the language for the page and builds what every view needs (`c.var.page`). */
export function pageContext(): MiddlewareHandler<PageEnv> {
  return async (c, next) => {
    c.set('page', buildPageContext(c));
    // The same URL is another page in another language or for another login.
    c.header('Vary', 'Cookie, Accept-Language', { append: true });
    await next();
  };
}

/**
 * An explicit `?lang=` is remembered in a cookie; nobody is given a cookie for just reading a page.
 * The links to the other languages keep the path and query as they came. `page` is for the staff
 * pages (Norwegian or English); `page.client` for the client pages and the slips (any language).
 */
export function buildPageContext(c: Context<PageEnv>): PageContext {
  const asked = c.req.query('lang');
  const cookie = getCookie(c, langCookie);
  const accept = c.req.header('accept-language');
  const lang = negotiateLang(asked, cookie, accept);
  // Staff printing slips in one client's language keep their own pages in their own language:
  // a language only clients have, or any language on a sheet of slips, is for this page only.
  const slipsOnly = sectionOf(c.req.path) !== '/' && (!isStaffLang(asked) || isSlipSheet(c.req.path));
  // The door screen sets no cookie at all: its `lang` only puts that language first on the screen.
  const remembers = asked === lang && !slipsOnly && c.req.path !== '/screen';
  if (remembers) setCookie(c, langCookie, lang, { path: '/', maxAge: yearSeconds, sameSite: 'Lax', httpOnly: true });
  const staffLang = negotiateStaffLang(isSlipSheet(c.req.path) ? undefined : asked, cookie, accept);
  const staff = { lang: staffLang, t: staffCatalogues[staffLang] };
  // A page answering a form post (a refused form shown again) has no address to load in another
  // language: its language links go to the start page of its section instead.
  const posted = c.req.method !== 'GET' && c.req.method !== 'HEAD';
  const url = posted ? new URL(sectionOf(c.req.path), c.req.url) : new URL(c.req.url);
  const linksTo = (shown: Lang, among: readonly Lang[]): LangLink[] => {
    const query = new URLSearchParams(url.search);
    return among
      .filter((l) => l !== shown)
      .map((l) => {
        query.set('lang', l);
        return { lang: l, href: `${url.pathname}?${query}`, label: clientCatalogues[l].languageName };
      });
  };
  const user = c.get('user');
  const t = clientCatalogues[lang];
  const client: ClientPageContext = { lang, dir: t.dir, t, user, otherLangs: linksTo(lang, langs), staff };
  return { lang: staffLang, dir: 'ltr', t: staff.t, user, otherLangs: linksTo(staffLang, staffLangs), staff, client };
}

/** The sheets of slips staff print for clients (tickets, activity places). */
function isSlipSheet(path: string) {
  return path.startsWith('/staff/print/') || /^\/staff\/activities\/[^/]+\/slips\//.test(path);
}

/** The start page of the section a path is in (`/` for the client pages): where an error page sends the reader back to. */
export function sectionOf(path: string) {
  const first = path.split('/')[1];
  return ['staff', 'volunteer', 'admin'].includes(first) ? `/${first}` : '/';
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

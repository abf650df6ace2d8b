import type { Context, MiddlewareHandler } from 'hono';
import { setCookie } from 'hono/cookie';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The headers every page and page asset carries: a CSP without inline script, no framing, no
 * referrer (a ticket URL holds a code), nosniff, HTTPS only, no cross-origin windows or embeds,
 * no DNS look-ups ahead of a click. hono's secureHeaders also sends headers for IE8, Flash and
 * the retired XSS auditor and Origin-Agent-Cluster, which browsers now apply by default; each
 * header is work on every answer, so those are left out.
 */
const securityHeaders: Record<string, string> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-frame-options': 'DENY',
};

/** A page answer's own headers (beside the security headers) while it is being made. */
type PageHeaders = {
  set: Record<string, string>;
  /** Headers were also given to hono (`c.header`, a cookie): the answer must be made by hono. */
  viaHono: boolean;
  /** The answer made from the plain headers alone, which already carries them. */
  made?: Response;
};

export type PageHeadersEnv = { Variables: { pageHeaders: PageHeaders } };

/**
 * Why pages have their own headers: hono keeps headers set with `c.header()` in a fetch
 * `Headers`, whose every `set` is checked and whose reading is sorted, ~10 µs for a page's eleven
 * headers, which @hono/node-server then copies back into a plain object. A page built by
 * `pageHtml` instead answers with a Response made from a plain object. (Wrapping `c.header` on
 * each request is no way round it: giving a hono Context its own methods made V8's young-
 * generation collections several times slower, measured.)
 *
 * The middleware: every answer under it gets the security headers and those set by
 * `setPageHeader`; one not made by `pageHtml` (a redirect, an asset, a page made by hono) gets
 * them added after its handler.
 */
export function pageHeaders(): MiddlewareHandler<PageHeadersEnv> {
  return async (c, next) => {
    const page: PageHeaders = { set: {}, viaHono: false };
    c.set('pageHeaders', page);
    await next();
    if (c.res === page.made) return;
    const answer = c.res.headers;
    for (const [key, value] of Object.entries(allHeaders(page))) if (!answer.has(key)) answer.set(key, value);
  };
}

/** A header of the page answer being made (one value; a cookie goes by `setPageCookie`). */
export function setPageHeader(c: Context, name: string, value: string) {
  const page = c.get('pageHeaders') as PageHeaders | undefined;
  if (page) page.set[name.toLowerCase()] = value;
  else c.header(name, value);
}

/** A cookie on the page answer; it leaves making the answer to hono, which keeps several. */
export function setPageCookie(c: Context, ...args: Parameters<typeof setCookie> extends [Context, ...infer Rest] ? Rest : never) {
  const page = c.get('pageHeaders') as PageHeaders | undefined;
  if (page) page.viaHono = true;
  setCookie(c, ...args);
}

/** The page's answer; see `pageAnswer`. */
export function pageHtml(c: Context, html: string | object, status: ContentfulStatusCode = 200): Response | Promise<Response> {
  return pageAnswer(c, String(html), 'text/html; charset=UTF-8', status);
}

/**
 * A page's (or a page asset's) answer. A form post goes the general way through hono, which
 * keeps any header the login code set with hono's own `setCookie`; a GET, unless it set a
 * cookie, is made here from the plain headers.
 */
export function pageAnswer(c: Context, body: string, contentType: string, status: ContentfulStatusCode = 200) {
  const page = c.get('pageHeaders') as PageHeaders | undefined;
  if (!page || page.viaHono || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) {
    for (const [key, value] of Object.entries(page ? allHeaders(page) : securityHeaders)) c.header(key, value);
    c.header('Content-Type', contentType);
    return c.body(body, status);
  }
  const headers = allHeaders(page);
  headers['content-type'] = contentType;
  page.made = new Response(body, { status, headers });
  return page.made;
}

// Copied into a new object, not spread: a spread object given more keys turns slow (~3 µs).
function allHeaders(page: PageHeaders): Record<string, string> {
  return Object.assign({}, securityHeaders, page.set);
}

import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { roleAtLeast, type Role } from '../../domain/vocabulary';
import { DomainError } from '../../domain/errors';
import { isStorageFault } from '../../db/sql-errors';
import { handleError, redactPath, storageRetryAfterSeconds } from '../../http/errors';
import { logUnexpected } from '../../http/error-log';
import { loginGuard } from '../../http/login-guards';
import { MessagePage } from '../../../web/views/message-page';
import { buildPageContext, sectionOf, type PageEnv } from './page-env';

/** Staff pages: anonymous visitors go to the login form and come back; too low a role sees a 403 page. */
export function requirePageRole(role: Role): MiddlewareHandler<PageEnv> {
  return loginGuard<MiddlewareHandler<PageEnv>>(async (c, next) => {
    const user = c.get('user');
    if (!user) {
      const url = new URL(c.req.url);
      const back = c.req.method === 'GET' ? `${url.pathname}${url.search}` : sectionOf(url.pathname);
      return c.redirect(`/login?next=${encodeURIComponent(back)}`, 303);
    }
    if (!roleAtLeast(user.role, role)) throw new DomainError(403, 'forbidden', `This needs the ${role} role.`);
    c.header('Cache-Control', 'no-store');
    await next();
  });
}

/**
 * The pages' error handler. Errors on pages become pages in the reader's language, with the
 * status kept; never a stack trace. A failure before the page context was made (a static file)
 * gets the JSON error.
 */
export function pageError(error: Error, ctx: Context) {
  const c = ctx as Context<PageEnv>;
  const staffPage = c.get('page');
  if (!staffPage) return handleError(error, ctx);
  // Outside the staff sections a client may be reading, in any client language.
  const section = sectionOf(c.req.path);
  const page = section === '/' ? staffPage.client : staffPage;
  const { t } = page;
  const back = { href: section, label: section === '/' ? t.errors.back : staffPage.t.print.back };
  if (error instanceof DomainError || (error instanceof HTTPException && error.status < 500)) {
    const status = error.status as ContentfulStatusCode;
    if (error instanceof DomainError && error.status === 429) {
      const seconds = Number(error.details?.retryAfter ?? 600);
      c.header('Retry-After', String(seconds));
      return c.html(<MessagePage page={page} title={t.errors.tooManyTitle} text={t.errors.tooManyText(seconds)} />, 429);
    }
    if (status === 403) return c.html(<MessagePage page={page} title={t.errors.forbiddenTitle} text={t.errors.forbiddenText} />, 403);
    if (status === 404) return c.html(<MessagePage page={page} title={t.errors.notFoundTitle} text={t.errors.notFoundText} back={back} />, 404);
    const code = error instanceof DomainError ? error.code : 'invalid_input';
    const title = status === 409 ? t.errors.conflictTitle : t.errors.badInputTitle;
    // The reasons are staff words; a page in a client-only language says only that it went wrong.
    const byCode = page.lang === staffPage.lang ? staffPage.t.errors.byCode : undefined;
    const text = byCode ? (byCode[code as keyof typeof byCode] ?? error.message) : t.errors.genericText;
    return c.html(<MessagePage page={page} title={title} text={text} back={back} />, status);
  }
  if (isStorageFault(error)) {
    logUnexpected({ path: redactPath(c.req.path), storage: 'unavailable' }, error);
    c.header('Retry-After', String(storageRetryAfterSeconds));
    // Staff are told it is the server's disk, nothing they typed; a client only to try later.
    const text = page.lang === staffPage.lang ? staffPage.t.errors.byCode.storage_unavailable : t.errors.genericText;
    return c.html(<MessagePage page={page} title={t.errors.genericTitle} text={text} back={back} />, 503);
  }
  logUnexpected({ path: redactPath(c.req.path) }, error);
  return c.html(<MessagePage page={page} title={t.errors.genericTitle} text={t.errors.genericText} />, 500);
}

/** The app's 404 for any path that is not the API's: a page, in the reader's language. */
export function notFoundPage(c: Context) {
  const ctx = c as Context<PageEnv>;
  const staffPage = ctx.get('page') ?? buildPageContext(ctx);
  const page = sectionOf(ctx.req.path) === '/' ? staffPage.client : staffPage;
  const { t } = page;
  return ctx.html(<MessagePage page={page} title={t.errors.notFoundTitle} text={t.errors.notFoundText} />, 404);
}

import type { Context } from 'hono';
import { matchedRoutes } from 'hono/route';
import { COMPOSED_HANDLER } from 'hono/utils/constants';

const guards = new WeakSet<object>();

/** Marks a middleware as one that turns away a caller who is not logged in (API 401, a page's redirect to the login). */
export function loginGuard<H extends object>(middleware: H): H {
  guards.add(middleware);
  return middleware;
}

/**
 * Whether the route this request matched turns away anonymous callers. Checks that run before
 * the route's own (the public date range) leave such a caller to the guard, so a stranger hears
 * "log in" and nothing about what their input would have been refused for.
 */
export function routeNeedsLogin(c: Context): boolean {
  return matchedRoutes(c).some((route) => guards.has(unwrapped(route.handler)));
}

/** A sub-app with its own error handler (the API, the pages) mounts each handler wrapped in it. */
function unwrapped(handler: object): object {
  let inner = handler as { [COMPOSED_HANDLER]?: object };
  while (inner[COMPOSED_HANDLER]) inner = inner[COMPOSED_HANDLER] as typeof inner;
  return inner;
}

import type { MiddlewareHandler } from 'hono';

/**
 * API answers carry notes, codes and lists of who picks up when: no cache, shared or private,
 * keeps them. Set before the route runs, so a route that allows caching says so with its own
 * `c.header`; set after, it would have to rebuild the finished answer's headers every time.
 */
export function noStoreUnlessSaid(): MiddlewareHandler {
  return async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  };
}

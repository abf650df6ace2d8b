import type { MiddlewareHandler } from 'hono';

/**
 * API answers carry notes, codes and lists of who picks up when: no cache, shared or private,
 * keeps them unless a route says otherwise.
 */
export function noStoreUnlessSaid(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', 'no-store');
  };
}

import type { MiddlewareHandler } from 'hono';
import { redactPath } from './errors';

/** Off with HENTETID_LOG=0 and under vitest; then the app does not install the middleware at all. */
export function requestLogEnabled() {
  const env = globalThis.process?.env ?? {};
  return env.HENTETID_LOG !== '0' && !env.VITEST;
}

/** One JSON line a request, without query strings or codes (they can identify a client's ticket). */
export function requestLog(): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    console.log(JSON.stringify({ method: c.req.method, path: redactPath(c.req.path), status: c.res.status, ms }));
  };
}

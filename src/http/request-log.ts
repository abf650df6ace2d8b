import type { MiddlewareHandler } from 'hono';
import { redactPath } from './errors';

/** One JSON line a request, without query strings or codes (they can identify a client's ticket). */
export function requestLog(options: { enabled?: boolean } = {}): MiddlewareHandler {
  const env = globalThis.process?.env ?? {};
  const enabled = options.enabled ?? (env.HENTETID_LOG !== '0' && !env.VITEST);
  return async (c, next) => {
    const started = performance.now();
    await next();
    if (!enabled) return;
    const ms = Math.round((performance.now() - started) * 10) / 10;
    console.log(JSON.stringify({ method: c.req.method, path: redactPath(c.req.path), status: c.res.status, ms }));
  };
}

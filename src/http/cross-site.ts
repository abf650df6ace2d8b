import type { Context, MiddlewareHandler } from 'hono';
import { DomainError } from '../domain/errors';
import type { Services } from '../services';
import { isOwnOrigin } from './authenticate';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses (403 `cross_site`) an unsafe API request that another site's page made: a browser
 * sends the session cookie with it, so a form or fetch elsewhere could act as the logged-in user,
 * with or without a body. A login from another site is refused as well (a login CSRF would put
 * the visitor in the attacker's account). Only a Bearer token is exempt: no browser adds one by itself.
 * Callers that say nothing of where they come from (scripts, curl) are let through.
 */
export function refuseCrossSiteWrites(services: Services): MiddlewareHandler {
  return async (c, next) => {
    if (unsafeMethods.has(c.req.method) && !hasBearerToken(c) && isCrossSite(c, services)) {
      throw new DomainError(403, 'cross_site', 'A change from another site is refused; make it from this site, or with an API token.');
    }
    await next();
  };
}

function hasBearerToken(c: Context) {
  return /^Bearer\s+\S+\s*$/i.test(c.req.header('authorization') ?? '');
}

function isCrossSite(c: Context, services: Services) {
  if (c.req.header('sec-fetch-site') === 'cross-site') return true;
  const origin = c.req.header('origin');
  // `null` is what a sandboxed frame, a data: URL or some redirects send: never this site.
  return origin !== undefined && !isOwnOrigin(origin, c, services);
}

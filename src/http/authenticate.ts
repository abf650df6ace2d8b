import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { resolveSession, tokenHash } from '../auth/sessions';
import { roleAtLeast, type Role } from '../domain/vocabulary';
import { DomainError } from '../domain/errors';
import type { AppEnv } from './context';
import { forwardedRequest } from './client-address';
import type { Services } from '../services';

/**
 * The session cookie's name: over https with the `__Host-` prefix, which browsers accept only
 * when Secure, for Path=/ and without a Domain, so no sibling subdomain can set or shadow it.
 * Plain http (a server on a laptop) cannot use the prefix.
 */
export function sessionCookieName(c: Context): string {
  return isHttps(c) ? '__Host-hentetid_session' : 'hentetid_session';
}

/** The request came over https: directly, or through a trusted proxy that says so. */
export function isHttps(c: Context) {
  // A request's URL is absolute with its scheme in lower case: no need to parse all of it.
  return c.req.url.startsWith('https:') || forwardedRequest(c)?.proto === 'https';
}

/**
 * The origin the browser addressed: the request URL's, or behind a trusted proxy the scheme and
 * host it forwarded (X-Forwarded-Proto / -Host, or `Forwarded`, with Host as the fallback).
 */
export function requestOrigin(c: Context): string {
  const url = new URL(c.req.url);
  const forwarded = forwardedRequest(c);
  if (!forwarded) return url.origin;
  const scheme = forwarded.proto === 'https' || forwarded.proto === 'http' ? forwarded.proto : url.protocol.slice(0, -1);
  // Through URL, so a default port (`:443`) drops out as it does from a browser's Origin.
  return URL.canParse(`${scheme}://${forwarded.host ?? url.host}`) ? new URL(`${scheme}://${forwarded.host ?? url.host}`).origin : url.origin;
}

/**
 * `origin` (a request's Origin header) is this site: the origin the browser addressed or
 * HENTETID_PUBLIC_URL. The one test for cross-site requests, for pages and API alike.
 */
export function isOwnOrigin(origin: string, c: Context, services: Services): boolean {
  return origin === requestOrigin(c) || origin === services.settings.publicUrl;
}

/**
 * Gives every request its services and sets `c.var.user` from the session cookie or an
 * `Authorization: Bearer` token. An unknown or expired credential leaves the user null, so
 * public routes still answer and guarded ones give 401.
 */
export function authenticate(services: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('services', services);
    const token = credentialOf(c);
    c.set('user', token ? await resolveSession(services, token) : null);
    await next();
  };
}

// A session token is base64url (createSession); a value with anything else is not one of ours.
const tokenShape = /^[A-Za-z0-9_-]+$/;

/** The secret the caller presents: a Bearer token (scripts) wins over the session cookie (browsers). */
export function credentialOf(c: Context): string | null {
  const authorization = c.req.header('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match) return match[1];
  }
  const cookie = getCookie(c, sessionCookieName(c));
  return cookie !== undefined && tokenShape.test(cookie) ? cookie : null;
}

/** 401 without a login, 403 when the user's role is below `role` (admin > staff > volunteer). */
export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) throw new DomainError(401, 'unauthorized', 'Log in first.');
    if (!roleAtLeast(user.role, role)) throw new DomainError(403, 'forbidden', `This needs the ${role} role.`);
    await next();
  };
}

/** The hash of the session or token this request came with, to keep it when others end. */
export async function currentSessionHash(c: Context) {
  const token = credentialOf(c);
  return token ? tokenHash(token) : undefined;
}

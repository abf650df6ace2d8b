import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { logIn } from '../auth/login';
import { cookieSessionMs, revokeSession, type SessionUser } from '../auth/sessions';
import type { Services } from '../services';
import { credentialOf, isHttps, sessionCookieName } from './authenticate';
import { clientAddress } from './client-address';

/**
 * Logs in with a username and password (the API and the login form alike) and sets the session
 * cookie. Throws as `logIn` does: 401 `invalid_credentials` or 429.
 */
export async function logInWithCookie(c: Context, username: string, password: string): Promise<SessionUser> {
  const services: Services = c.get('services');
  const { user, token } = await logIn(services, clientAddress(c), username, password);
  setCookie(c, sessionCookieName(c), token, { httpOnly: true, sameSite: 'Lax', path: '/', maxAge: cookieSessionMs / 1000, secure: isHttps(c) });
  c.header('Cache-Control', 'no-store');
  return user;
}

/** Ends the session or token the request came with; logging out twice is not an error. */
export async function logOut(c: Context) {
  const token = credentialOf(c);
  if (token) await revokeSession(c.get('services') as Services, token);
  deleteCookie(c, sessionCookieName(c), { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c) });
}

import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { users } from '../db/schema';
import { assertNotThrottled, throttle } from '../db/rate-limit';
import { DomainError } from '../domain/errors';
import { credentialOf, isHttps, sessionCookieName } from '../http/authenticate';
import type { Services } from '../services';
import { recordAudit } from '../db/audit';
import type { SessionUser } from '../http/context';
import { decoyHash, verifyPassword } from './password';
import { cookieSessionMs, createSession, revokeSession } from './sessions';

/** Failed logins per address: enough for fat fingers, far too few for guessing. */
export const loginThrottle = { limit: 10, windowMs: 15 * 60 * 1000 };
/**
 * Failed logins per username, from any address: guessing one user's password from many
 * addresses (or from behind one shared Wi-Fi) stops here too.
 */
export const usernameThrottle = { limit: 20, windowMs: 15 * 60 * 1000 };

/**
 * Checks a username and password for the API and the login form alike: throttled per address and
 * per username (checked before the password, so a throttled caller learns nothing even when it
 * is right), and an unknown user still pays for a hash so the timing does not tell who exists. On success
 * the session cookie is set. Throws 401 `invalid_credentials` or 429.
 */
export async function logIn(c: Context, username: string, password: string): Promise<SessionUser> {
  const services: Services = c.get('services');
  const throttleKey = `login:${services.clientAddress(c)}`;
  const usernameKey = `login-user:${username.toLowerCase()}`;
  await assertNotThrottled(services, throttleKey, loginThrottle);
  await assertNotThrottled(services, usernameKey, usernameThrottle);
  const user = await services.db.select().from(users).where(eq(users.username, username)).get();
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  // A disabled user is refused like a wrong password, and counted the same: nobody learns who is disabled.
  if (!user || !passwordOk || user.disabledAt !== null) {
    // Both counts move, whichever of them refuses first.
    const counted = await Promise.allSettled([throttle(services, throttleKey, loginThrottle), throttle(services, usernameKey, usernameThrottle)]);
    const refused = counted.find((outcome) => outcome.status === 'rejected');
    if (refused) throw refused.reason;
    throw new DomainError(401, 'invalid_credentials', 'Wrong username or password.');
  }
  const { token } = await createSession(services, user.id, 'cookie');
  await recordAudit(services, { username: user.username }, 'login', '');
  setCookie(c, sessionCookieName(c), token, { httpOnly: true, sameSite: 'Lax', path: '/', maxAge: cookieSessionMs / 1000, secure: isHttps(c) });
  c.header('Cache-Control', 'no-store');
  return { id: user.id, username: user.username, role: user.role };
}

/**
 * Checks a logged-in user's current password before they change it. A wrong one counts against
 * the username like a failed login, so a session left open cannot be used to guess it.
 */
export async function assertCurrentPassword(services: Services, userId: number, username: string, password: string) {
  const usernameKey = `login-user:${username.toLowerCase()}`;
  await assertNotThrottled(services, usernameKey, usernameThrottle);
  const user = await services.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
  if (user && (await verifyPassword(password, user.passwordHash))) return;
  await throttle(services, usernameKey, usernameThrottle);
  throw new DomainError(400, 'wrong_password', 'The current password is wrong.', { fields: [{ field: 'currentPassword', message: 'wrong password' }] });
}

/** Ends the session or token the request came with; logging out twice is not an error. */
export async function logOut(c: Context) {
  const token = credentialOf(c);
  if (token) await revokeSession(c.get('services') as Services, token);
  deleteCookie(c, sessionCookieName(c), { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c) });
}

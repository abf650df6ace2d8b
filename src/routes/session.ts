import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { decoyHash, verifyPassword } from '../auth/password';
import { cookieSessionMs, createSession, revokeSession } from '../auth/sessions';
import { assertNotThrottled, throttle } from '../db/rate-limit';
import { users } from '../db/schema';
import { DomainError } from '../domain/errors';
import { credentialOf, sessionCookie } from '../http/authenticate';
import type { AppEnv } from '../http/context';
import { validate } from '../http/validate';

/** Failed logins per address: enough for fat fingers, far too few for guessing. */
export const loginThrottle = { limit: 10, windowMs: 15 * 60 * 1000 };

const loginBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(1000),
});

/** Log in (a session cookie), see who is logged in, log out. */
export function sessionRoutes() {
  return new Hono<AppEnv>()
    .post('/', validate('json', loginBody), async (c) => {
      const services = c.get('services');
      const { username, password } = c.req.valid('json');
      const throttleKey = `login:${services.clientAddress(c)}`;
      // Checked before the password, so a throttled address learns nothing even when it is right.
      await assertNotThrottled(services, throttleKey, loginThrottle);

      const user = await services.db.select().from(users).where(eq(users.username, username)).get();
      // Unknown users still pay for a hash, so the response time does not reveal who exists.
      const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
      if (!user || !passwordOk) {
        await throttle(services, throttleKey, loginThrottle);
        throw new DomainError(401, 'invalid_credentials', 'Wrong username or password.');
      }

      const { token } = await createSession(services, user.id, 'cookie');
      setCookie(c, sessionCookie, token, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        maxAge: cookieSessionMs / 1000,
        secure: isHttps(c),
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ user: { username: user.username, role: user.role } });
    })
    .get('/', (c) => {
      const user = c.get('user');
      if (!user) throw new DomainError(401, 'unauthorized', 'Log in first.');
      c.header('Cache-Control', 'no-store');
      return c.json({ user: { username: user.username, role: user.role } });
    })
    // Ends the session (or token) this request came with; logging out twice is not an error.
    .delete('/', async (c) => {
      const token = credentialOf(c);
      if (token) await revokeSession(c.get('services'), token);
      deleteCookie(c, sessionCookie, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c) });
      return c.body(null, 204);
    });
}

/** Secure cookies only over https, or a plain-http local server could never keep a login. */
function isHttps(c: Context) {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

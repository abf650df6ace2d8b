import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { decoyHash, verifyPassword } from '../../auth/password';
import { cookieSessionMs, createSession, revokeSession } from '../../auth/sessions';
import { assertNotThrottled, throttle } from '../../db/rate-limit';
import { users } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import { credentialOf, sessionCookie } from '../../http/authenticate';
import { LoginPage } from '../../../web/views/login';
import { loginThrottle } from '../session';
import { safeNext, type PageCtx, type PageEnv } from './page-env';

const loginForm = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(1000),
  next: z.string().max(2000).optional(),
});

/** The login form posts here and gets the same session cookie as POST /api/session. */
export function loginPages() {
  return new Hono<PageEnv>()
    .get('/login', (c) => {
      c.header('Cache-Control', 'no-store');
      return c.html(<LoginPage page={c.get('page')} next={safeNext(c.req.query('next'))} />);
    })
    .post('/login', async (c) => {
      const page = c.get('page');
      const services = c.get('services');
      const parsed = loginForm.safeParse(await c.req.parseBody());
      const next = safeNext(parsed.success ? parsed.data.next : undefined);
      if (!parsed.success) return c.html(<LoginPage page={page} next={next} error={page.t.login.failed} />, 400);
      const { username, password } = parsed.data;
      const throttleKey = `login:${services.clientAddress(c)}`;
      try {
        await assertNotThrottled(services, throttleKey, loginThrottle);
      } catch (error) {
        if (error instanceof DomainError && error.status === 429) {
          c.header('Retry-After', String(error.details?.retryAfter ?? 60));
          return c.html(<LoginPage page={page} next={next} username={username} error={page.t.login.tooMany} />, 429);
        }
        throw error;
      }
      const user = await services.db.select().from(users).where(eq(users.username, username)).get();
      const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
      if (!user || !passwordOk) {
        // Counted like the API's failures; the page shows the same message either way.
        await throttle(services, throttleKey, loginThrottle).catch((error) => {
          if (!(error instanceof DomainError && error.status === 429)) throw error;
        });
        return c.html(<LoginPage page={page} next={next} username={username} error={page.t.login.failed} />, 401);
      }
      const { token } = await createSession(services, user.id, 'cookie');
      setCookie(c, sessionCookie, token, { httpOnly: true, sameSite: 'Lax', path: '/', maxAge: cookieSessionMs / 1000, secure: isHttps(c) });
      return c.redirect(next === '/' ? landingFor(user.role) : next, 303);
    })
    .post('/logout', async (c) => {
      const token = credentialOf(c);
      if (token) await revokeSession(c.get('services'), token);
      deleteCookie(c, sessionCookie, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c) });
      return c.redirect('/', 303);
    });
}

/** Where each role starts its day. */
function landingFor(role: 'admin' | 'staff' | 'volunteer') {
  return role === 'volunteer' ? '/volunteer' : '/staff';
}

function isHttps(c: PageCtx) {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

import { Hono } from 'hono';
import { z } from 'zod';
import { logInWithCookie, logOut } from '../../http/session-cookie';
import { DomainError } from '../../domain/errors';
import { LoginPage } from '../../../web/views/login';
import { safeNext, type PageEnv } from './page-env';

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
      const parsed = loginForm.safeParse(await c.req.parseBody());
      const next = safeNext(parsed.success ? parsed.data.next : undefined);
      if (!parsed.success) return c.html(<LoginPage page={page} next={next} error={page.t.login.failed} />, 400);
      const { username, password } = parsed.data;
      let user;
      try {
        user = await logInWithCookie(c, username, password);
      } catch (error) {
        if (!(error instanceof DomainError) || (error.status !== 401 && error.status !== 429)) throw error;
        if (error.status === 429) c.header('Retry-After', String(error.details?.retryAfter ?? 60));
        const message = error.status === 429 ? page.t.login.tooMany : page.t.login.failed;
        return c.html(<LoginPage page={page} next={next} username={username} error={message} />, error.status);
      }
      return c.redirect(next === '/' ? landingFor(user.role) : next, 303);
    })
    .post('/logout', async (c) => {
      await logOut(c);
      return c.redirect('/', 303);
    });
}

/** Where each role starts its day. */
function landingFor(role: 'admin' | 'staff' | 'volunteer') {
  return role === 'volunteer' ? '/volunteer' : '/staff';
}

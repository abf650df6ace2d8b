import { Hono } from 'hono';
import { z } from 'zod';
import { logIn, logOut } from '../auth/login';
import { DomainError } from '../domain/errors';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { validate } from '../http/validate';

export const loginBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(1000),
});

documented({ method: 'post', path: '/api/session', summary: 'Log in: a session cookie (HttpOnly, SameSite=Lax)', role: 'public', body: loginBody, success: 200 });
documented({ method: 'get', path: '/api/session', summary: 'Who is logged in', role: 'any', success: 200 });
documented({ method: 'delete', path: '/api/session', summary: 'Log out', role: 'any', success: 204 });

/** Log in (a session cookie), see who is logged in, log out. */
export function sessionRoutes() {
  return new Hono<AppEnv>()
    .post('/', validate('json', loginBody), async (c) => {
      const { username, password } = c.req.valid('json');
      const user = await logIn(c, username, password);
      return c.json({ user: { username: user.username, role: user.role } });
    })
    .get('/', (c) => {
      const user = c.get('user');
      if (!user) throw new DomainError(401, 'unauthorized', 'Log in first.');
      c.header('Cache-Control', 'no-store');
      return c.json({ user: { username: user.username, role: user.role } });
    })
    .delete('/', async (c) => {
      await logOut(c);
      return c.body(null, 204);
    });
}

import { hashPassword } from '../auth/password';
import { createRoute, z } from '@hono/zod-openapi';
import { assertCurrentPassword } from '../auth/login';
import { logInWithCookie, logOut } from '../http/session-cookie';
import { changeOwnPassword } from '../db/users';
import { ownPasswordSchema } from '../schemas/users';
import { currentSessionHash } from '../http/authenticate';
import { DomainError } from '../domain/errors';
import { anyUser, apiApp, errors, json, jsonBody, loginIfAny, publicAccess } from '../http/openapi';
import { sessionViewSchema } from '../schemas/users-responses';

const loginBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(1000),
});

const logInRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Log in: a session cookie (HttpOnly, SameSite=Lax)',
  ...publicAccess,
  request: { body: jsonBody(loginBody) },
  responses: { 200: json(sessionViewSchema, 'Logged in; the cookie is set'), ...errors(400, 401, 429) },
});
const whoRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Who is logged in',
  ...anyUser,
  responses: { 200: json(sessionViewSchema, 'The user of this session'), ...errors(401) },
});
const logOutRoute = createRoute({
  method: 'delete',
  path: '/',
  summary: 'Log out',
  ...loginIfAny,
  responses: { 204: { description: 'Logged out (also when no one was logged in)' } },
});

const ownPasswordRoute = createRoute({
  method: 'post',
  path: '/password',
  summary: "Change one's own password, giving the current one: every other session and token ends, this one stays",
  ...anyUser,
  request: { body: jsonBody(ownPasswordSchema) },
  responses: { 204: { description: 'Changed' }, ...errors(400, 401, 429) },
});

/** Log in (a session cookie), see who is logged in, change one's password, log out. */
export function sessionRoutes() {
  return apiApp()
    .openapi(logInRoute, async (c) => {
      const { username, password } = c.req.valid('json');
      const user = await logInWithCookie(c, username, password);
      return c.json({ user: { username: user.username, role: user.role } }, 200);
    })
    .openapi(whoRoute, (c) => {
      const user = c.get('user');
      if (!user) throw new DomainError(401, 'unauthorized', 'Log in first.');
      c.header('Cache-Control', 'no-store');
      return c.json({ user: { username: user.username, role: user.role } }, 200);
    })
    .openapi(ownPasswordRoute, async (c) => {
      const user = c.get('user');
      if (!user) throw new DomainError(401, 'unauthorized', 'Log in first.');
      const services = c.get('services');
      const { currentPassword, newPassword } = c.req.valid('json');
      await assertCurrentPassword(services, user.id, user.username, currentPassword);
      await changeOwnPassword(services, user.id, await hashPassword(newPassword), user, (await currentSessionHash(c))!);
      return c.body(null, 204);
    })
    .openapi(logOutRoute, async (c) => {
      await logOut(c);
      return c.body(null, 204);
    });
}

import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { hashPassword } from '../auth/password';
import { createSession, revokeUserSessions } from '../auth/sessions';
import { sessions, users } from '../db/schema';
import { anotherAdminRemains, createUser, findUser, lastAdmin, listUsers, setUserRole } from '../db/users';
import { DomainError } from '../domain/errors';
import { apiApp, errors, json, jsonBody, needs } from '../http/openapi';
import { newUserSchema, passwordSchema, roleSchema } from '../schemas/users';
import { issuedTokenSchema, userListEntrySchema, userViewSchema } from '../schemas/users-responses';

const userChange = z
  .object({ role: roleSchema.optional(), password: passwordSchema.optional() })
  .refine((b) => b.role !== undefined || b.password !== undefined, 'Give a role, a password or both.');
const userParam = z.object({ username: z.string().trim().toLowerCase().min(1).max(100) });
const newToken = z.object({ label: z.string().trim().min(1).max(100) });

const createUserRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create a user',
  ...needs('admin'),
  request: { body: jsonBody(newUserSchema) },
  responses: { 201: json(userViewSchema, 'The new user'), ...errors(400, 401, 403, 409) },
});
const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'List the users',
  ...needs('admin'),
  responses: { 200: json(z.array(userListEntrySchema), 'The users'), ...errors(401, 403) },
});
const changeRoute = createRoute({
  method: 'patch',
  path: '/{username}',
  summary: "Change a user's role or password",
  ...needs('admin'),
  request: { params: userParam, body: jsonBody(userChange) },
  responses: { 200: json(userViewSchema, 'The user as changed'), ...errors(400, 401, 403, 404, 409) },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/{username}',
  summary: 'Delete a user and their sessions',
  ...needs('admin'),
  request: { params: userParam },
  responses: { 204: { description: 'Deleted' }, ...errors(400, 401, 403, 404, 409) },
});
const newTokenRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'An API token for scripts (Authorization: Bearer), shown once',
  ...needs('volunteer'),
  request: { body: jsonBody(newToken) },
  responses: { 201: json(issuedTokenSchema, 'The token, shown this once'), ...errors(400, 401) },
});
const revokeTokensRoute = createRoute({
  method: 'delete',
  path: '/',
  summary: "Revoke all of one's own API tokens",
  ...needs('volunteer'),
  responses: { 204: { description: 'Revoked' }, ...errors(401) },
});

function iso(ms: number) {
  return DateTime.fromMillis(ms, { zone: 'utc' }).toISO()!;
}

/** Users, for admins only. */
export function userRoutes() {
  return apiApp()
    .openapi(createUserRoute, async (c) => c.json(await createUser(c.get('services'), c.req.valid('json')), 201))
    .openapi(listRoute, async (c) => {
      const rows = await listUsers(c.get('services'));
      return c.json(rows.map((u) => ({ username: u.username, role: u.role, createdAt: iso(u.createdAt) })), 200);
    })
    .openapi(changeRoute, async (c) => {
      const services = c.get('services');
      const { username: name } = c.req.valid('param');
      const change = c.req.valid('json');
      const target = change.role ? await setUserRole(services, name, change.role) : await findUser(services, name);
      if (change.password) {
        await services.db.update(users).set({ passwordHash: await hashPassword(change.password) }).where(eq(users.id, target.id));
        // A new password shuts out whoever knew the old one, except the admin making the change.
        const self = c.get('user')!.id === target.id;
        if (!self) await revokeUserSessions(services, target.id);
      }
      const after = await services.db.select({ username: users.username, role: users.role }).from(users).where(eq(users.id, target.id)).get();
      return c.json(after!, 200);
    })
    .openapi(deleteRoute, async (c) => {
      const services = c.get('services');
      const { username: name } = c.req.valid('param');
      const deleted = await services.db
        .delete(users)
        .where(and(eq(users.username, name), anotherAdminRemains))
        .returning({ id: users.id });
      if (deleted.length === 0) {
        const exists = await services.db.select({ id: users.id }).from(users).where(eq(users.username, name)).get();
        if (!exists) throw new DomainError(404, 'not_found', `No user ${name}.`);
        throw lastAdmin();
      }
      // The foreign key cascades too; this also covers a connection with foreign keys off.
      await services.db.delete(sessions).where(eq(sessions.userId, deleted[0].id));
      return c.body(null, 204);
    });
}

/** Each user's own API tokens for scripts. */
export function tokenRoutes() {
  return apiApp()
    .openapi(newTokenRoute, async (c) => {
      const { label } = c.req.valid('json');
      const { token, expiresAt } = await createSession(c.get('services'), c.get('user')!.id, 'api', label);
      c.header('Cache-Control', 'no-store');
      return c.json({ token, label, expiresAt: iso(expiresAt) }, 201);
    })
    .openapi(revokeTokensRoute, async (c) => {
      await revokeUserSessions(c.get('services'), c.get('user')!.id, 'api');
      return c.body(null, 204);
    });
}

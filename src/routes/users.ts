import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { hashPassword } from '../auth/password';
import { createSession, revokeUserSessions } from '../auth/sessions';
import { sessions, users } from '../db/schema';
import { anotherAdminRemains, createUser, findUser, lastAdmin, listUsers, setUserRole } from '../db/users';
import { newUserSchema, passwordSchema, roleSchema } from '../schemas/users';
import { DomainError } from '../domain/errors';
import { requireRole } from '../http/authenticate';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { validate } from '../http/validate';

const userChange = z
  .object({ role: roleSchema.optional(), password: passwordSchema.optional() })
  .refine((b) => b.role !== undefined || b.password !== undefined, 'Give a role, a password or both.');
const userParam = z.object({ username: z.string().trim().toLowerCase().min(1).max(100) });
const newToken = z.object({ label: z.string().trim().min(1).max(100) });

documented({ method: 'post', path: '/api/users', summary: 'Create a user', role: 'admin', body: newUserSchema, success: 201 });
documented({ method: 'get', path: '/api/users', summary: 'List the users', role: 'admin', success: 200 });
documented({ method: 'patch', path: '/api/users/:username', summary: "Change a user's role or password", role: 'admin', body: userChange, success: 200 });
documented({ method: 'delete', path: '/api/users/:username', summary: 'Delete a user and their sessions', role: 'admin', success: 204 });
documented({ method: 'post', path: '/api/tokens', summary: 'An API token for scripts (Authorization: Bearer), shown once', role: 'volunteer', body: newToken, success: 201 });
documented({ method: 'delete', path: '/api/tokens', summary: "Revoke all of one's own API tokens", role: 'volunteer', success: 204 });

function iso(ms: number) {
  return DateTime.fromMillis(ms, { zone: 'utc' }).toISO();
}

/** Users (admin only) and each user's own API tokens for scripts. */
export function userRoutes() {
  return new Hono<AppEnv>()
    .post('/users', requireRole('admin'), validate('json', newUserSchema), async (c) => {
      const services = c.get('services');
      return c.json(await createUser(services, c.req.valid('json')), 201);
    })
    .get('/users', requireRole('admin'), async (c) => {
      const rows = await listUsers(c.get('services'));
      return c.json(rows.map((u) => ({ username: u.username, role: u.role, createdAt: iso(u.createdAt) })));
    })
    .patch('/users/:username', requireRole('admin'), validate('param', userParam), validate('json', userChange), async (c) => {
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
      return c.json(after);
    })
    .delete('/users/:username', requireRole('admin'), validate('param', userParam), async (c) => {
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
    })
    .post('/tokens', requireRole('volunteer'), validate('json', newToken), async (c) => {
      const services = c.get('services');
      const { label } = c.req.valid('json');
      const { token, expiresAt } = await createSession(services, c.get('user')!.id, 'api', label);
      c.header('Cache-Control', 'no-store');
      return c.json({ token, label, expiresAt: iso(expiresAt) }, 201);
    })
    .delete('/tokens', requireRole('volunteer'), async (c) => {
      await revokeUserSessions(c.get('services'), c.get('user')!.id, 'api');
      return c.body(null, 204);
    });
}

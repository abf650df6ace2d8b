import { hashPassword, withHashedPassword } from '../auth/password';
import { createRoute, z } from '@hono/zod-openapi';
import { DateTime } from 'luxon';
import { listTokens } from '../db/sessions';
import { createUser, disableUser, enableUser, findUser, listUsers, removeUser, resetPassword, setUserRole } from '../db/users';
import { currentSessionHash } from '../http/authenticate';
import { apiApp, errors, json, jsonBody, needs } from '../http/openapi';
import { newPasswordSchema, newUserSchema, passwordSchema, roleSchema, usernameParamSchema as userParam } from '../schemas/users';
import { tokenViewSchema, userListEntrySchema, userStateSchema, userViewSchema } from '../schemas/users-responses';

const userChange = z
  .object({ role: roleSchema.optional(), password: passwordSchema.optional() })
  .refine((b) => b.role !== undefined || b.password !== undefined, 'Give a role, a password or both.');

// The action is the path; a body, if any, is an empty object.
const noFields = z.strictObject({}).describe('no fields: the request may have no body');

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
  summary: 'List the users, disabled ones too',
  ...needs('admin'),
  responses: { 200: json(z.array(userListEntrySchema), 'The users'), ...errors(401, 403) },
});
const changeRoute = createRoute({
  method: 'patch',
  path: '/{username}',
  summary: "Change a user's role or password (a new password ends the user's sessions and tokens)",
  ...needs('admin'),
  request: { params: userParam, body: jsonBody(userChange) },
  responses: { 200: json(userViewSchema, 'The user as changed'), ...errors(400, 401, 403, 404, 409) },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/{username}',
  summary: 'Remove a user, their sessions and tokens; never the last active admin',
  ...needs('admin'),
  request: { params: userParam },
  responses: { 204: { description: 'Removed' }, ...errors(400, 401, 403, 404, 409) },
});
const resetPasswordRoute = createRoute({
  method: 'post',
  path: '/{username}/password',
  summary: "Give a user a new password: the user's sessions and tokens end at once",
  ...needs('admin'),
  request: { params: userParam, body: jsonBody(newPasswordSchema) },
  responses: { 200: json(userStateSchema, 'The user'), ...errors(400, 401, 403, 404) },
});
const disableRoute = createRoute({
  method: 'post',
  path: '/{username}/disable',
  summary: 'Disable a user: no login, sessions and tokens end at once; never the last active admin',
  ...needs('admin'),
  request: { params: userParam, body: jsonBody(noFields) },
  responses: { 200: json(userStateSchema, 'The user, disabled'), ...errors(400, 401, 403, 404, 409) },
});
const enableRoute = createRoute({
  method: 'post',
  path: '/{username}/enable',
  summary: 'Let a disabled user log in again',
  ...needs('admin'),
  request: { params: userParam, body: jsonBody(noFields) },
  responses: { 200: json(userStateSchema, 'The user, active'), ...errors(400, 401, 403, 404) },
});
const userTokensRoute = createRoute({
  method: 'get',
  path: '/{username}/tokens',
  summary: "A user's API tokens with their last use (revoke with DELETE /api/tokens/{id})",
  ...needs('admin'),
  request: { params: userParam },
  responses: { 200: json(z.array(tokenViewSchema), 'The tokens, newest first'), ...errors(400, 401, 403, 404) },
});

export function iso(ms: number) {
  return DateTime.fromMillis(ms, { zone: 'utc' }).toISO()!;
}

function isoOrNull(ms: number | null) {
  return ms === null ? null : iso(ms);
}

function stateOf(u: { username: string; role: 'admin' | 'staff' | 'volunteer'; disabledAt: number | null }) {
  return { username: u.username, role: u.role, disabledAt: isoOrNull(u.disabledAt) };
}

/** Users over their lifetime, for admins only; every change is in the audit log. */
export function userRoutes() {
  return apiApp()
    .openapi(createUserRoute, async (c) => c.json(await createUser(c.get('services'), await withHashedPassword(c.req.valid('json')), c.get('user')), 201))
    .openapi(listRoute, async (c) => {
      const rows = await listUsers(c.get('services'));
      return c.json(rows.map((u) => ({ ...stateOf(u), createdAt: iso(u.createdAt) })), 200);
    })
    .openapi(changeRoute, async (c) => {
      const services = c.get('services');
      const actor = c.get('user');
      const { username } = c.req.valid('param');
      const change = c.req.valid('json');
      const target = change.role ? await setUserRole(services, username, change.role, actor) : await findUser(services, username);
      // A new password shuts out whoever knew the old one, except the admin making the change.
      if (change.password) await resetPassword(services, username, await hashPassword(change.password), actor, await currentSessionHash(c));
      return c.json({ username: target.username, role: target.role }, 200);
    })
    .openapi(deleteRoute, async (c) => {
      await removeUser(c.get('services'), c.req.valid('param').username, c.get('user'));
      return c.body(null, 204);
    })
    .openapi(resetPasswordRoute, async (c) => {
      const { username } = c.req.valid('param');
      const target = await resetPassword(c.get('services'), username, await hashPassword(c.req.valid('json').password), c.get('user'), await currentSessionHash(c));
      return c.json(stateOf(target), 200);
    })
    .openapi(disableRoute, async (c) => c.json(stateOf(await disableUser(c.get('services'), c.req.valid('param').username, c.get('user'))), 200))
    .openapi(enableRoute, async (c) => c.json(stateOf(await enableUser(c.get('services'), c.req.valid('param').username, c.get('user'))), 200))
    .openapi(userTokensRoute, async (c) => {
      const services = c.get('services');
      const target = await findUser(services, c.req.valid('param').username);
      const tokens = await listTokens(services, target.id);
      return c.json(tokens.map(tokenView), 200);
    });
}

export function tokenView(t: Awaited<ReturnType<typeof listTokens>>[number]) {
  return { ...t, createdAt: iso(t.createdAt), expiresAt: iso(t.expiresAt), lastUsedAt: isoOrNull(t.lastUsedAt) };
}

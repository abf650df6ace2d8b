import { createRoute, z } from '@hono/zod-openapi';
import { createSession, tokenHash } from '../auth/sessions';
import { deleteAllTokens, deleteToken, listTokens, tokenIdOf } from '../db/sessions';
import { DomainError } from '../domain/errors';
import { roleAtLeast } from '../domain/vocabulary';
import { apiApp, errors, json, jsonBody, needs } from '../http/openapi';
import { tokenIdSchema } from '../schemas/users';
import { issuedTokenSchema, tokenViewSchema } from '../schemas/users-responses';
import { iso, tokenView } from './users';

const newToken = z.object({ label: z.string().trim().min(1).max(100) });

const newTokenRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'An API token for scripts (Authorization: Bearer), shown once',
  ...needs('volunteer'),
  request: { body: jsonBody(newToken) },
  responses: { 201: json(issuedTokenSchema, 'The token, shown this once'), ...errors(400, 401) },
});
const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: "One's own API tokens with their last use (admins: a user's at GET /api/users/{username}/tokens)",
  ...needs('volunteer'),
  responses: { 200: json(z.array(tokenViewSchema), 'The tokens, newest first'), ...errors(401) },
});
const revokeRoute = createRoute({
  method: 'delete',
  path: '/{id}',
  summary: "Revoke one API token: one's own, or anyone's for an admin",
  ...needs('volunteer'),
  request: { params: tokenIdSchema },
  responses: { 204: { description: 'Revoked' }, ...errors(400, 401, 404) },
});
const revokeAllRoute = createRoute({
  method: 'delete',
  path: '/',
  summary: "Revoke all of one's own API tokens",
  ...needs('volunteer'),
  responses: { 204: { description: 'Revoked' }, ...errors(401) },
});

/** API tokens for scripts: each user's own; admins may revoke anyone's. */
export function tokenRoutes() {
  return apiApp()
    .openapi(newTokenRoute, async (c) => {
      const { label } = c.req.valid('json');
      const user = c.get('user')!;
      const { token, expiresAt } = await createSession(c.get('services'), user.id, 'api', label, user);
      c.header('Cache-Control', 'no-store');
      return c.json({ token, id: tokenIdOf(await tokenHash(token)), label, expiresAt: iso(expiresAt) }, 201);
    })
    .openapi(listRoute, async (c) => {
      const tokens = await listTokens(c.get('services'), c.get('user')!.id);
      return c.json(tokens.map(tokenView), 200);
    })
    .openapi(revokeRoute, async (c) => {
      const user = c.get('user')!;
      const owner = roleAtLeast(user.role, 'admin') ? undefined : user.id;
      // Someone else's token is "not found" to a non-admin: ids of others' tokens are no business of theirs.
      if (!(await deleteToken(c.get('services'), c.req.valid('param').id, user, owner))) throw new DomainError(404, 'token_not_found', 'No such token.');
      return c.body(null, 204);
    })
    .openapi(revokeAllRoute, async (c) => {
      const user = c.get('user')!;
      await deleteAllTokens(c.get('services'), user.id, user);
      return c.body(null, 204);
    });
}

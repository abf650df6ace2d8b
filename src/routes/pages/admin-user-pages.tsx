import { hashPassword, withHashedPassword } from '../../auth/password';
import { Hono } from 'hono';
import { z } from 'zod';
import { deleteToken, listTokens } from '../../db/sessions';
import { createUser, disableUser, enableUser, listUsers, removeUser, resetPassword, setUserRole } from '../../db/users';
import { DomainError } from '../../domain/errors';
import { parseWith } from '../../http/validate';
import { newPasswordSchema, newUserSchema, roleSchema, tokenIdSchema } from '../../schemas/users';
import { AdminUsersPage, type UserFormRefused } from '../../../web/views/admin-users';
import { currentSessionHash } from '../../http/authenticate';
import { orFormAgain } from './form-state';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';
import { userFormErrors } from './user-form-errors';

const text = z.string().optional().default('');

async function usersPage(c: PageCtx, refused?: UserFormRefused) {
  const services = c.get('services');
  const [users, tokens] = await Promise.all([listUsers(services), listTokens(services)]);
  return <AdminUsersPage page={c.get('page')} users={users} tokens={tokens} flash={flashOf(c)} refused={refused} />;
}

/** The one-line result after a redirect: `?done=<what>&user=<name>`. */
function flashOf(c: PageCtx) {
  const u = c.get('page').t.users;
  const name = c.req.query('user') ?? '';
  const done: Record<string, string> = {
    created: u.created(name),
    role: u.roleChanged(name),
    password: u.passwordSet(name),
    disabled: u.disabled(name),
    enabled: u.enabled(name),
    removed: u.removed(name),
    revoked: u.revoked,
  };
  return done[c.req.query('done') ?? ''];
}

function back(what: string, user = '') {
  return `/admin/users?${new URLSearchParams({ done: what, user })}`;
}

/**
 * A user change from a form: done, back to the list with a line saying so; refused, the list
 * again with the message next to the form's field. `fields`: the form's fields, first the one
 * that takes a refusal naming none of them.
 */
async function attempt(c: PageCtx, form: string, typed: Record<string, string>, fields: readonly [string, ...string[]], change: () => Promise<string>) {
  const { t } = c.get('page');
  return orFormAgain(
    c,
    t,
    async () => c.redirect(await change(), 303),
    (errors) => usersPage(c, { form, typed, errors: userFormErrors(errors, t, fields) }),
  );
}

/** /admin/users: the users over their lifetime and every API token, through the same db calls as the API. */
export function adminUserPages() {
  return new Hono<PageEnv>()
    .use('/admin/users', requirePageRole('admin'))
    .use('/admin/users/*', requirePageRole('admin'))
    .get('/admin/users', async (c) => c.html(await usersPage(c)))
    .post('/admin/users', async (c) => {
      const form = parseWith(z.object({ username: text, password: text, role: text }), await c.req.parseBody());
      return attempt(c, 'create', { username: form.username, role: form.role }, ['username', 'password', 'role'], async () => {
        const created = await createUser(c.get('services'), await withHashedPassword(parseWith(newUserSchema, form)), c.get('user'));
        return back('created', created.username);
      });
    })
    .post('/admin/users/tokens/:id/revoke', async (c) => {
      const { id } = parseWith(tokenIdSchema, { id: c.req.param('id') });
      if (!(await deleteToken(c.get('services'), id, c.get('user')))) throw new DomainError(404, 'token_not_found', 'No such token.');
      return c.redirect(back('revoked'), 303);
    })
    .post('/admin/users/:username/role', async (c) => {
      const name = c.req.param('username');
      const form = parseWith(z.object({ role: text }), await c.req.parseBody());
      return attempt(c, `role:${name}`, form, ['role'], async () => {
        await setUserRole(c.get('services'), name, parseWith(roleSchema, form.role), c.get('user'));
        return back('role', name);
      });
    })
    .post('/admin/users/:username/password', async (c) => {
      const name = c.req.param('username');
      const form = parseWith(z.object({ password: text }), await c.req.parseBody());
      return attempt(c, `password:${name}`, {}, ['password'], async () => {
        const { password } = parseWith(newPasswordSchema, form);
        await resetPassword(c.get('services'), name, await hashPassword(password), c.get('user'), await currentSessionHash(c));
        return back('password', name);
      });
    })
    .post('/admin/users/:username/disable', async (c) => {
      const name = c.req.param('username');
      return attempt(c, `state:${name}`, {}, ['state'], async () => {
        await disableUser(c.get('services'), name, c.get('user'));
        return back('disabled', name);
      });
    })
    .post('/admin/users/:username/enable', async (c) => {
      const name = c.req.param('username');
      await enableUser(c.get('services'), name, c.get('user'));
      return c.redirect(back('enabled', name), 303);
    })
    .post('/admin/users/:username/remove', async (c) => {
      const name = c.req.param('username');
      return attempt(c, `state:${name}`, {}, ['state'], async () => {
        await removeUser(c.get('services'), name, c.get('user'));
        return back('removed', name);
      });
    });
}

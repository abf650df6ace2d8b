import { hashPassword } from '../../auth/password';
import { Hono } from 'hono';
import { z } from 'zod';
import { assertCurrentPassword } from '../../auth/login';
import { createSession } from '../../auth/sessions';
import { deleteToken, listTokens } from '../../db/sessions';
import { changeOwnPassword } from '../../db/users';
import { DomainError } from '../../domain/errors';
import { parseWith } from '../../http/validate';
import { ownPasswordSchema, tokenIdSchema } from '../../schemas/users';
import { AccountPage, type AccountRefused } from '../../../web/views/account';
import { currentSessionHash } from '../../http/authenticate';
import { orFormAgain } from './form-state';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';
import { userFormErrors } from './user-form-errors';

const text = z.string().optional().default('');

async function accountPage(c: PageCtx, extra: { refused?: AccountRefused; newToken?: string } = {}) {
  const user = c.get('user')!;
  const tokens = await listTokens(c.get('services'), user.id);
  const u = c.get('page').t.users;
  const done: Record<string, string> = { password: u.passwordChanged, revoked: u.revoked };
  const flash = done[c.req.query('done') ?? ''];
  return <AccountPage page={c.get('page')} tokens={tokens} flash={flash} refused={extra.refused} newToken={extra.newToken} />;
}

/** /account, for every role: one's own password and API tokens. */
export function accountPages() {
  return new Hono<PageEnv>()
    .use('/account', requirePageRole('volunteer'))
    .use('/account/*', requirePageRole('volunteer'))
    .get('/account', async (c) => c.html(await accountPage(c)))
    .post('/account/password', async (c) => {
      const services = c.get('services');
      const user = c.get('user')!;
      const form = parseWith(z.object({ currentPassword: text, newPassword: text }), await c.req.parseBody());
      const { t } = c.get('page');
      return orFormAgain(
        c,
        t,
        async () => {
          const { currentPassword, newPassword } = parseWith(ownPasswordSchema, form);
          await assertCurrentPassword(services, user.id, user.username, currentPassword);
          await changeOwnPassword(services, user.id, await hashPassword(newPassword), user, (await currentSessionHash(c))!);
          return c.redirect('/account?done=password', 303);
        },
        (errors) => accountPage(c, { refused: { form: 'password', typed: {}, errors: userFormErrors(errors, t, ['newPassword', 'currentPassword']) } }),
      );
    })
    .post('/account/tokens', async (c) => {
      const user = c.get('user')!;
      const form = parseWith(z.object({ label: text }), await c.req.parseBody());
      const label = form.label.trim();
      if (!label || label.length > 100) {
        return c.html(await accountPage(c, { refused: { form: 'token', typed: form, errors: { label: c.get('page').t.users.labelRule } } }), 400);
      }
      const { token } = await createSession(c.get('services'), user.id, 'api', label, user);
      // Shown this once, on this page: never in a URL, never cached.
      c.header('Cache-Control', 'no-store');
      return c.html(await accountPage(c, { newToken: token }), 201);
    })
    .post('/account/tokens/:id/revoke', async (c) => {
      const user = c.get('user')!;
      const { id } = parseWith(tokenIdSchema, { id: c.req.param('id') });
      if (!(await deleteToken(c.get('services'), id, user, user.id))) throw new DomainError(404, 'token_not_found', 'No such token.');
      return c.redirect('/account?done=revoked', 303);
    });
}

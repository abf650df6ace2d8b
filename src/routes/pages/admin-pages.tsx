import { Hono } from 'hono';
import { z } from 'zod';
import { createUser, listUsers, setUserRole } from '../../db/users';
import { newUserSchema, roleSchema } from '../../schemas/users';
import { createSite, listSites } from '../../db/sites';
import { parseWith } from '../../http/validate';
import { createSiteSchema } from '../../schemas/core';
import { AdminPage, type AdminForms } from '../../../web/views/admin';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';
import { orFormAgain } from './form-state';

const text = z.string().optional().default('');
const siteForm = z.object({ name: text, slug: text, address: text, timezone: text });
const userForm = z.object({ username: text, password: text, role: text });

/** Set-up for admins: the places and the people. A refused form comes back as typed, with its errors. */
export function adminPages() {
  return new Hono<PageEnv>()
    .use('/admin/*', requirePageRole('admin'))
    .get('/admin', async (c) => {
      const created = c.req.query('user');
      const { t } = c.get('page');
      const flash = created ? t.admin.userCreated(created) : c.req.query('saved') ? t.admin.saved : undefined;
      return c.html(await adminPage(c, {}, flash));
    })
    .post('/admin/sites', async (c) => {
      const form = parseWith(siteForm, await c.req.parseBody());
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const input = parseWith(createSiteSchema, { slug: form.slug || undefined, name: form.name, address: form.address || undefined, timezone: form.timezone || undefined });
          const site = await createSite(c.get('services'), input);
          // Straight on to the place's first distribution.
          return c.redirect(`/admin/sites/${site.slug}?created=1#new-distribution`, 303);
        },
        (errors) => adminPage(c, { site: { values: form, errors } }),
      );
    })
    .post('/admin/users', async (c) => {
      const form = parseWith(userForm, await c.req.parseBody());
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const body = await createUser(c.get('services'), parseWith(newUserSchema, form));
          return c.redirect(`/admin?${new URLSearchParams({ user: body.username })}`, 303);
        },
        (errors) => adminPage(c, { user: { values: { ...form, password: '' }, errors } }),
      );
    })
    .post('/admin/users/:username/role', async (c) => {
      const username = c.req.param('username');
      const form = z.object({ role: text }).parse(await c.req.parseBody());
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const { role } = parseWith(z.object({ role: roleSchema }), form);
          await setUserRole(c.get('services'), username, role);
          return c.redirect('/admin?saved=1', 303);
        },
        (errors) => adminPage(c, { role: { username, values: form, errors } }),
      );
    });
}

async function adminPage(c: PageCtx, forms: AdminForms, flash?: string) {
  const services = c.get('services');
  const [sites, people] = await Promise.all([listSites(services), listUsers(services)]);
  return <AdminPage page={c.get('page')} sites={sites} users={people} flash={flash} forms={forms} />;
}

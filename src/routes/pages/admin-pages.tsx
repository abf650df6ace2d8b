import { Hono } from 'hono';
import { z } from 'zod';
import { createSite, listSites } from '../../db/sites';
import { parseWith } from '../../http/validate';
import { createSiteSchema } from '../../schemas/core';
import { AdminPage, type AdminForms } from '../../../web/views/admin';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';
import { orFormAgain } from './form-state';

const text = z.string().optional().default('');
const siteForm = z.object({ name: text, slug: text, address: text, timezone: text });

/** Set-up for admins: the places (users are on /admin/users). A refused form comes back as typed, with its errors. */
export function adminPages() {
  return new Hono<PageEnv>()
    .use('/admin/*', requirePageRole('admin'))
    .get('/admin', async (c) => {
      const flash = c.req.query('saved') ? c.get('page').t.admin.saved : undefined;
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
    });
}

async function adminPage(c: PageCtx, forms: AdminForms, flash?: string) {
  const services = c.get('services');
  return <AdminPage page={c.get('page')} sites={await listSites(services)} flash={flash} forms={forms} />;
}

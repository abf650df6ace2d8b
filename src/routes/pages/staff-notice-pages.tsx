import { Hono } from 'hono';
import { z } from 'zod';
import { createNotice, deleteNotice, noticesFrom } from '../../db/notices';
import { findSite, listSites } from '../../db/sites';
import { addDays, todayIn } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { noticeSchema } from '../../schemas/outreach';
import { NoticesPage } from '../../../web/views/admin-notices';
import { orFormAgain } from './form-state';
import { requirePageRole } from './page-errors';
import type { PageEnv } from './page-env';

const ZONE = 'Europe/Oslo';
const text = z.string().optional().default('');
const noticeForm = z.object({ site: text, nb: text, en: text, from: text, to: text });

/** Notices are staff work in the API, so the page is too: rules change at the door, not only in set-up. */
export function staffNoticePages() {
  return new Hono<PageEnv>()
    .use('/staff/notices', requirePageRole('staff'))
    .use('/staff/notices/*', requirePageRole('staff'))
    .get('/staff/notices', async (c) => {
      const services = c.get('services');
      const today = todayIn(ZONE, services.now());
      const [notices, sites] = await Promise.all([noticesFrom(services, today), listSites(services)]);
      const n = c.get('page').t.setup.notices;
      const flash = c.req.query('posted') ? n.posted : c.req.query('removed') ? n.removed : undefined;
      return c.html(<NoticesPage page={c.get('page')} notices={notices} sites={sites} today={today} until={addDays(today, 6)} flash={flash} />);
    })
    .post('/staff/notices', async (c) => {
      const services = c.get('services');
      const form = parseWith(noticeForm, await c.req.parseBody());
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const { site: slug, ...input } = parseWith(noticeSchema, { site: form.site || null, text: { nb: form.nb, en: form.en.trim() || null }, from: form.from, to: form.to });
          const site = slug ? await findSite(services, slug) : null;
          await createNotice(services, c.get('user'), site, input);
          return c.redirect('/staff/notices?posted=1', 303);
        },
        async (errors) => {
          const today = todayIn(ZONE, services.now());
          const [notices, sites] = await Promise.all([noticesFrom(services, today), listSites(services)]);
          return <NoticesPage page={c.get('page')} notices={notices} sites={sites} today={today} until={addDays(today, 6)} refused={{ typed: form, errors }} />;
        },
        { text: 'nb', 'text.nb': 'nb', 'text.en': 'en' },
      );
    })
    .post('/staff/notices/:id/delete', async (c) => {
      await deleteNotice(c.get('services'), c.get('user'), parseWith(z.coerce.number().int().positive(), c.req.param('id')));
      return c.redirect('/staff/notices?removed=1', 303);
    });
}

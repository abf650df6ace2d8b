import { Hono } from 'hono';
import { z } from 'zod';
import { createNotice, deleteNotice, noticesFrom, noticesInForce } from '../db/notices';
import { findSite } from '../db/sites';
import { todayIn } from '../domain/local-date';
import { requireRole } from '../http/authenticate';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { parseWith, validate } from '../http/validate';
import { noticeSchema, noticesQuerySchema } from '../schemas/outreach';

documented({ method: 'post', path: '/api/notices', summary: 'Post a notice for one site or all', role: 'staff', body: noticeSchema, success: 201 });
documented({ method: 'get', path: '/api/notices', summary: "Notices in force on a date: the site's and those for all", role: 'public', query: noticesQuerySchema, success: 200 });
documented({ method: 'get', path: '/api/notices/upcoming', summary: 'Current and coming notices, for staff', role: 'staff', success: 200 });
documented({ method: 'delete', path: '/api/notices/:id', summary: 'Take a notice down', role: 'staff', success: 204 });

const DEFAULT_ZONE = 'Europe/Oslo';

export function noticeRoutes() {
  return new Hono<AppEnv>()
    .post('/', requireRole('staff'), validate('json', noticeSchema), async (c) => {
      const services = c.get('services');
      const { site: slug, ...input } = c.req.valid('json');
      const site = slug ? await findSite(services, slug) : null;
      return c.json(await createNotice(services, site, input), 201);
    })
    .get('/', validate('query', noticesQuerySchema), async (c) => {
      const services = c.get('services');
      const query = c.req.valid('query');
      const site = query.site ? await findSite(services, query.site) : null;
      const date = query.date ?? todayIn(site?.timezone ?? DEFAULT_ZONE, services.now());
      return c.json({ date, site: site?.slug ?? null, notices: await noticesInForce(services, site?.id ?? null, date) });
    })
    .get('/upcoming', requireRole('staff'), async (c) => {
      const services = c.get('services');
      return c.json({ notices: await noticesFrom(services, todayIn(DEFAULT_ZONE, services.now())) });
    })
    .delete('/:id', requireRole('staff'), async (c) => {
      await deleteNotice(c.get('services'), parseWith(z.coerce.number().int().positive(), c.req.param('id')));
      return c.body(null, 204);
    });
}

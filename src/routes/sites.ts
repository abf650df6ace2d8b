import { Hono } from 'hono';
import { createSite, findSite, listSites, siteView, updateSite } from '../db/sites';
import { requireRole } from '../http/authenticate';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { validate } from '../http/validate';
import { createSiteSchema, updateSiteSchema } from '../schemas/core';

documented({ method: 'get', path: '/api/sites', summary: 'List the sites', role: 'public', success: 200 });
documented({ method: 'post', path: '/api/sites', summary: 'Create a site', role: 'admin', body: createSiteSchema, success: 201 });
documented({ method: 'get', path: '/api/sites/:site', summary: 'One site', role: 'public', success: 200 });
documented({ method: 'patch', path: '/api/sites/:site', summary: 'Change a site', role: 'admin', body: updateSiteSchema, success: 200 });

export function siteRoutes() {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json((await listSites(c.get('services'))).map(siteView)))
    .post('/', requireRole('admin'), validate('json', createSiteSchema), async (c) => {
      const site = await createSite(c.get('services'), c.req.valid('json'));
      return c.json(siteView(site), 201);
    })
    .get('/:site', async (c) => c.json(siteView(await findSite(c.get('services'), c.req.param('site')))))
    .patch('/:site', requireRole('admin'), validate('json', updateSiteSchema), async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site'));
      return c.json(siteView(await updateSite(services, site, c.req.valid('json'))));
    });
}

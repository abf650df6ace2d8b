import { createRoute, z } from '@hono/zod-openapi';
import { createSite, findSite, listSites, updateSite, type SiteRow } from '../db/sites';
import { apiApp, errors, json, jsonBody, needs, publicAccess } from '../http/openapi';
import { createSiteSchema, updateSiteSchema } from '../schemas/core';
import { siteViewSchema, type SiteView } from '../schemas/core-responses';

const siteParam = z.object({ site: z.string().describe('the site slug') });

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'List the sites',
  ...publicAccess,
  responses: { 200: json(z.array(siteViewSchema), 'The sites') },
});
const createSiteRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create a site',
  ...needs('admin'),
  request: { body: jsonBody(createSiteSchema) },
  responses: { 201: json(siteViewSchema, 'The new site'), ...errors(400, 401, 403, 409) },
});
const oneRoute = createRoute({
  method: 'get',
  path: '/{site}',
  summary: 'One site',
  ...publicAccess,
  request: { params: siteParam },
  responses: { 200: json(siteViewSchema, 'The site'), ...errors(404) },
});
const updateRoute = createRoute({
  method: 'patch',
  path: '/{site}',
  summary: 'Change a site',
  ...needs('admin'),
  request: { params: siteParam, body: jsonBody(updateSiteSchema) },
  responses: { 200: json(siteViewSchema, 'The site as changed'), ...errors(400, 401, 403, 404, 409) },
});

function siteView(site: SiteRow): SiteView {
  return { slug: site.slug, name: site.name, address: site.address, timezone: site.timezone };
}

export function siteRoutes() {
  return apiApp()
    .openapi(listRoute, async (c) => c.json((await listSites(c.get('services'))).map(siteView), 200))
    .openapi(createSiteRoute, async (c) => c.json(siteView(await createSite(c.get('services'), c.req.valid('json'))), 201))
    .openapi(oneRoute, async (c) => c.json(siteView(await findSite(c.get('services'), c.req.valid('param').site)), 200))
    .openapi(updateRoute, async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.valid('param').site);
      return c.json(siteView(await updateSite(services, site, c.req.valid('json'))), 200);
    });
}

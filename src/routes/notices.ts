import { createRoute, z } from '@hono/zod-openapi';
import { createNotice, deleteNotice, noticesFrom, noticesInForce } from '../db/notices';
import { findSite } from '../db/sites';
import { todayIn } from '../domain/local-date';
import { apiApp, errors, json, jsonBody, needs, publicAccess } from '../http/openapi';
import { noticeSchema, noticesQuerySchema } from '../schemas/outreach';
import { noticeListSchema, noticesInForceSchema, noticeViewSchema } from '../schemas/outreach-responses';

const postRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Post a notice for one site or all',
  ...needs('staff'),
  request: { body: jsonBody(noticeSchema) },
  responses: { 201: json(noticeViewSchema, 'The notice'), ...errors(400, 401, 403, 404) },
});
const inForceRoute = createRoute({
  method: 'get',
  path: '/',
  summary: "Notices in force on a date (today by default): the site's and those for all",
  ...publicAccess,
  request: { query: noticesQuerySchema },
  responses: { 200: json(noticesInForceSchema, 'The notices, newest first'), ...errors(400, 404) },
});
const upcomingRoute = createRoute({
  method: 'get',
  path: '/upcoming',
  summary: 'Current and coming notices, for staff',
  ...needs('staff'),
  responses: { 200: json(noticeListSchema, 'The notices that have not ended'), ...errors(401, 403) },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/{id}',
  summary: 'Take a notice down',
  ...needs('staff'),
  request: { params: z.object({ id: z.coerce.number().int().positive() }) },
  responses: { 204: { description: 'Taken down' }, ...errors(400, 401, 403, 404) },
});

/** Without a site, "today" is Oslo's. */
const DEFAULT_ZONE = 'Europe/Oslo';

export function noticeRoutes() {
  return apiApp()
    .openapi(postRoute, async (c) => {
      const services = c.get('services');
      const { site: slug, ...input } = c.req.valid('json');
      const site = slug ? await findSite(services, slug) : null;
      return c.json(await createNotice(services, c.get('user'), site, input), 201);
    })
    .openapi(inForceRoute, async (c) => {
      const services = c.get('services');
      const query = c.req.valid('query');
      const site = query.site ? await findSite(services, query.site) : null;
      const date = query.date ?? todayIn(site?.timezone ?? DEFAULT_ZONE, services.now());
      return c.json({ date, site: site?.slug ?? null, notices: await noticesInForce(services, site?.id ?? null, date) }, 200);
    })
    .openapi(upcomingRoute, async (c) => {
      const services = c.get('services');
      return c.json({ notices: await noticesFrom(services, todayIn(DEFAULT_ZONE, services.now())) }, 200);
    })
    .openapi(deleteRoute, async (c) => {
      await deleteNotice(c.get('services'), c.get('user'), c.req.valid('param').id);
      return c.body(null, 204);
    });
}

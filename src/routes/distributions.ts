import { createRoute, z } from '@hono/zod-openapi';
import { closeDay, listClosures, reopenDay } from '../db/closures';
import { loadDayPlan } from '../db/day-plan';
import { createDistribution, findDistribution, listDistributions, type DistributionRow } from '../db/distributions';
import { findSite } from '../db/sites';
import { updateDistribution } from '../db/update-distribution';
import { freeIn, type SlotLoad } from '../domain/allocation';
import { isoInZone, todayIn } from '../domain/local-date';
import { apiApp, errors, json, jsonBody, needs, publicAccess } from '../http/openapi';
import { localDateSchema } from '../schemas/common';
import { closureSchema, createDistributionSchema, dateQuerySchema, dryRunQuerySchema, updateDistributionSchema } from '../schemas/core';
import { closureResultSchema, closureViewSchema, daySlotsSchema, distributionChangeSchema, distributionViewSchema, type DistributionView, type SlotLoadView } from '../schemas/core-responses';

const siteParam = z.object({ site: z.string().describe('the site slug') });
const distParam = siteParam.extend({ dist: z.string().describe('the distribution slug') });
const closureParam = distParam.extend({ date: localDateSchema });

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: "A site's distributions",
  ...publicAccess,
  request: { params: siteParam },
  responses: { 200: json(z.array(distributionViewSchema), 'The distributions'), ...errors(404) },
});
const createDistRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create a distribution',
  ...needs('admin'),
  request: { params: siteParam, body: jsonBody(createDistributionSchema) },
  responses: { 201: json(distributionViewSchema, 'The new distribution'), ...errors(400, 401, 403, 404, 409) },
});
const oneRoute = createRoute({
  method: 'get',
  path: '/{dist}',
  summary: 'One distribution',
  ...publicAccess,
  request: { params: distParam },
  responses: { 200: json(distributionViewSchema, 'The distribution'), ...errors(404) },
});
const updateRoute = createRoute({
  method: 'patch',
  path: '/{dist}',
  summary: 'Change a distribution; tickets that no longer fit are moved or cancelled (dryRun=1 only counts them)',
  ...needs('admin'),
  request: { params: distParam, query: dryRunQuerySchema, body: jsonBody(updateDistributionSchema) },
  responses: { 200: json(distributionChangeSchema, 'The distribution as changed, and what happened to its tickets'), ...errors(400, 401, 403, 404, 409) },
});
const slotsRoute = createRoute({
  method: 'get',
  path: '/{dist}/slots',
  summary: "A day's slots with free places (today by default)",
  ...publicAccess,
  request: { params: distParam, query: dateQuerySchema },
  responses: { 200: json(daySlotsSchema, "The day's slots"), ...errors(400, 404) },
});
const closuresRoute = createRoute({
  method: 'get',
  path: '/{dist}/closures',
  summary: 'Closed days',
  ...publicAccess,
  request: { params: distParam },
  responses: { 200: json(z.array(closureViewSchema), 'The closed days, by date'), ...errors(404) },
});
const closeRoute = createRoute({
  method: 'post',
  path: '/{dist}/closures',
  summary: 'Close a day; its tickets are cancelled',
  ...needs('staff'),
  request: { params: distParam, body: jsonBody(closureSchema) },
  responses: { 201: json(closureResultSchema, 'Closed; how many tickets were cancelled'), ...errors(400, 401, 403, 404, 409) },
});
const reopenRoute = createRoute({
  method: 'delete',
  path: '/{dist}/closures/{date}',
  summary: 'Open a closed day again',
  ...needs('staff'),
  request: { params: closureParam },
  responses: { 204: { description: 'Open again' }, ...errors(400, 401, 403, 404) },
});

function distributionView(d: DistributionRow): DistributionView {
  return { slug: d.slug, name: d.name, rrule: d.rrule, startsOn: d.startsOn, until: d.until, opens: d.opens, closes: d.closes, slotMinutes: d.slotMinutes, perSlot: d.perSlot };
}

function slotLoadView(s: SlotLoad, zone: string): SlotLoadView {
  return { start: isoInZone(s.start, zone), end: isoInZone(s.end, zone), capacity: s.capacity, taken: s.taken, free: freeIn(s) };
}

export function distributionRoutes() {
  return apiApp()
    .openapi(listRoute, async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.valid('param').site);
      return c.json((await listDistributions(services, site)).map(distributionView), 200);
    })
    .openapi(createDistRoute, async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.valid('param').site);
      return c.json(distributionView(await createDistribution(services, site, c.req.valid('json'))), 201);
    })
    .openapi(oneRoute, async (c) => {
      const services = c.get('services');
      const { site: siteSlug, dist } = c.req.valid('param');
      return c.json(distributionView(await findDistribution(services, await findSite(services, siteSlug), dist)), 200);
    })
    .openapi(updateRoute, async (c) => {
      const services = c.get('services');
      const { site: siteSlug, dist } = c.req.valid('param');
      const site = await findSite(services, siteSlug);
      const current = await findDistribution(services, site, dist);
      const dryRun = ['1', 'true'].includes(c.req.valid('query').dryRun ?? '');
      const result = await updateDistribution(services, site, current, c.req.valid('json'), { dryRun, actor: c.get('user') });
      return c.json({ distribution: distributionView(result.distribution), moved: result.moved, cancelled: result.cancelled, dryRun }, 200);
    })
    .openapi(slotsRoute, async (c) => {
      const services = c.get('services');
      const { site: siteSlug, dist } = c.req.valid('param');
      const site = await findSite(services, siteSlug);
      const d = await findDistribution(services, site, dist);
      const date = c.req.valid('query').date ?? todayIn(site.timezone, services.now());
      const plan = await loadDayPlan(services, d, date, site.timezone);
      return c.json({ date, closed: plan.closed, slots: plan.closed ? [] : plan.slots.map((s) => slotLoadView(s, site.timezone)) }, 200);
    })
    .openapi(closuresRoute, async (c) => {
      const services = c.get('services');
      const { site: siteSlug, dist } = c.req.valid('param');
      const d = await findDistribution(services, await findSite(services, siteSlug), dist);
      return c.json(await listClosures(services, d), 200);
    })
    .openapi(closeRoute, async (c) => {
      const services = c.get('services');
      const { site: siteSlug, dist } = c.req.valid('param');
      const d = await findDistribution(services, await findSite(services, siteSlug), dist);
      const { date, reason } = c.req.valid('json');
      return c.json(await closeDay(services, d, date, reason, c.get('user')), 201);
    })
    .openapi(reopenRoute, async (c) => {
      const services = c.get('services');
      const { site: siteSlug, dist, date } = c.req.valid('param');
      const d = await findDistribution(services, await findSite(services, siteSlug), dist);
      await reopenDay(services, d, date, c.get('user'));
      return c.body(null, 204);
    });
}

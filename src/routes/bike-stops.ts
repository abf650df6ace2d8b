import { createRoute, z } from '@hono/zod-openapi';
import { bikeSchedule, createBikeStop, findBikeStop, listBikeStops, updateBikeStop } from '../db/bike-stops';
import { bikeStopView } from '../http/replies/bike-stop';
import { dateRange } from '../domain/date-range';
import { todayIn } from '../domain/local-date';
import { apiApp, errors, json, jsonBody, needs, publicAccess } from '../http/openapi';
import { createBikeStopSchema, rangeQuerySchema, updateBikeStopSchema } from '../schemas/outreach';
import { bikeScheduleSchema, bikeStopViewSchema } from '../schemas/outreach-responses';

export const stopParam = z.object({ stop: z.string().describe('the bike stop slug') });

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'List the bike stops',
  ...publicAccess,
  responses: { 200: json(z.array(bikeStopViewSchema), 'The bike stops') },
});
const createStopRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create a bike stop',
  ...needs('admin'),
  request: { body: jsonBody(createBikeStopSchema) },
  responses: { 201: json(bikeStopViewSchema, 'The new bike stop'), ...errors(400, 401, 403, 409) },
});
const scheduleRoute = createRoute({
  method: 'get',
  path: '/schedule',
  summary: 'Every stop in a date range (this week by default, at most 366 days), sorted by start',
  ...publicAccess,
  request: { query: rangeQuerySchema },
  responses: { 200: json(bikeScheduleSchema, 'The occurrences, cancelled ones flagged with their reason'), ...errors(400) },
});
const oneRoute = createRoute({
  method: 'get',
  path: '/{stop}',
  summary: 'One bike stop',
  ...publicAccess,
  request: { params: stopParam },
  responses: { 200: json(bikeStopViewSchema, 'The bike stop'), ...errors(404) },
});
const updateRoute = createRoute({
  method: 'patch',
  path: '/{stop}',
  summary: 'Change a bike stop',
  ...needs('admin'),
  request: { params: stopParam, body: jsonBody(updateBikeStopSchema) },
  responses: { 200: json(bikeStopViewSchema, 'The bike stop as changed'), ...errors(400, 401, 403, 404, 409) },
});

/** The schedule's default week starts today in Oslo; each stop's times are in its own zone. */
const SCHEDULE_ZONE = 'Europe/Oslo';

export function bikeStopRoutes() {
  return apiApp()
    .openapi(listRoute, async (c) => c.json((await listBikeStops(c.get('services'))).map(bikeStopView), 200))
    .openapi(createStopRoute, async (c) => c.json(bikeStopView(await createBikeStop(c.get('services'), c.req.valid('json'))), 201))
    .openapi(scheduleRoute, async (c) => {
      const services = c.get('services');
      const { from, to } = dateRange(c.req.valid('query'), todayIn(SCHEDULE_ZONE, services.now()), 6);
      return c.json({ from, to, occurrences: await bikeSchedule(services, from, to) }, 200);
    })
    .openapi(oneRoute, async (c) => c.json(bikeStopView(await findBikeStop(c.get('services'), c.req.valid('param').stop)), 200))
    .openapi(updateRoute, async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.valid('param').stop);
      return c.json(bikeStopView(await updateBikeStop(services, stop, c.req.valid('json'))), 200);
    });
}

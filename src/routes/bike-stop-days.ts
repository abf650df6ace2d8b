import { createRoute } from '@hono/zod-openapi';
import { addTally, stopTallies, sumTallies } from '../db/bike-stop-tallies';
import { cancelStopDate, findBikeStop, setStopStatus, uncancelStopDate } from '../db/bike-stops';
import { dateRange } from '../domain/date-range';
import { todayIn } from '../domain/local-date';
import { apiApp, errors, json, jsonBody, needs } from '../http/openapi';
import { localDateSchema } from '../schemas/common';
import { cancellationSchema, rangeQuerySchema, stopStatusSchema, tallySchema } from '../schemas/outreach';
import { stopCancellationSchema, stopDayStatusSchema, stopTalliesSchema, stopTallySchema } from '../schemas/outreach-responses';
import { stopParam } from './bike-stops';

const cancelRoute = createRoute({
  method: 'post',
  path: '/cancellations',
  summary: 'Cancel one date',
  ...needs('staff'),
  request: { params: stopParam, body: jsonBody(cancellationSchema) },
  responses: { 201: json(stopCancellationSchema, 'Cancelled'), ...errors(400, 401, 403, 404, 409) },
});
const uncancelRoute = createRoute({
  method: 'delete',
  path: '/cancellations/{date}',
  summary: 'Undo a cancellation',
  ...needs('staff'),
  request: { params: stopParam.extend({ date: localDateSchema }) },
  responses: { 204: { description: 'The stop runs that day again' }, ...errors(400, 401, 403, 404) },
});
const statusRoute = createRoute({
  method: 'post',
  path: '/status',
  summary: "The day's status: on time, late, moved, cancelled",
  ...needs('staff'),
  request: { params: stopParam, body: jsonBody(stopStatusSchema) },
  responses: { 200: json(stopDayStatusSchema, "The day's status"), ...errors(400, 401, 403, 404) },
});
const addTallyRoute = createRoute({
  method: 'post',
  path: '/tallies',
  summary: 'Add anonymous counts: people met, items handed out',
  ...needs('staff'),
  request: { params: stopParam, body: jsonBody(tallySchema) },
  responses: { 201: json(stopTallySchema, "The day's counts after the addition"), ...errors(400, 401, 403, 404) },
});
const talliesRoute = createRoute({
  method: 'get',
  path: '/tallies',
  summary: 'Counts per date and in total (the last 30 days by default)',
  ...needs('staff'),
  request: { params: stopParam, query: rangeQuerySchema },
  responses: { 200: json(stopTalliesSchema, 'The counts'), ...errors(400, 401, 403, 404) },
});

/** One stop's days: cancellations, the crew's status and the anonymous tallies. Mounted at /bike-stops/:stop. */
export function bikeStopDayRoutes() {
  return apiApp()
    .openapi(cancelRoute, async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.valid('param').stop);
      const { date, reason } = c.req.valid('json');
      return c.json(await cancelStopDate(services, stop, date, reason, c.get('user')), 201);
    })
    .openapi(uncancelRoute, async (c) => {
      const services = c.get('services');
      const { stop: slug, date } = c.req.valid('param');
      await uncancelStopDate(services, await findBikeStop(services, slug), date, c.get('user'));
      return c.body(null, 204);
    })
    .openapi(statusRoute, async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.valid('param').stop);
      return c.json(await setStopStatus(services, stop, c.req.valid('json')), 200);
    })
    .openapi(addTallyRoute, async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.valid('param').stop);
      return c.json(await addTally(services, stop, c.req.valid('json')), 201);
    })
    .openapi(talliesRoute, async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.valid('param').stop);
      const today = todayIn(stop.timezone, services.now());
      const q = c.req.valid('query');
      // Counts look back: without dates, the last 30 days.
      const { from, to } = dateRange({ from: q.from, to: q.to ?? (q.from ? undefined : today) }, today, 30);
      const days = await stopTallies(services, stop, from, to);
      return c.json({ stop: stop.slug, from, to, days, totals: sumTallies(days) }, 200);
    });
}

import { Hono } from 'hono';
import { addTally, stopTallies, sumTallies } from '../db/bike-stop-tallies';
import {
  bikeSchedule,
  bikeStopView,
  cancelStopDate,
  createBikeStop,
  findBikeStop,
  listBikeStops,
  setStopStatus,
  uncancelStopDate,
  updateBikeStop,
} from '../db/bike-stops';
import { dateRange } from '../domain/date-range';
import { todayIn } from '../domain/local-date';
import { requireRole } from '../http/authenticate';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { parseWith, queryValues, validate } from '../http/validate';
import { localDateSchema } from '../schemas/common';
import { cancellationSchema, createBikeStopSchema, rangeQuerySchema, stopStatusSchema, tallySchema, updateBikeStopSchema } from '../schemas/outreach';

const base = '/api/bike-stops';
documented({ method: 'get', path: base, summary: 'List the bike stops', role: 'public', success: 200 });
documented({ method: 'post', path: base, summary: 'Create a bike stop', role: 'admin', body: createBikeStopSchema, success: 201 });
documented({ method: 'get', path: `${base}/schedule`, summary: 'Every stop in a date range (at most 366 days), sorted by start', role: 'public', query: rangeQuerySchema, success: 200 });
documented({ method: 'get', path: `${base}/:stop`, summary: 'One bike stop', role: 'public', success: 200 });
documented({ method: 'patch', path: `${base}/:stop`, summary: 'Change a bike stop', role: 'admin', body: updateBikeStopSchema, success: 200 });
documented({ method: 'post', path: `${base}/:stop/cancellations`, summary: 'Cancel one date', role: 'staff', body: cancellationSchema, success: 201 });
documented({ method: 'delete', path: `${base}/:stop/cancellations/:date`, summary: 'Undo a cancellation', role: 'staff', success: 204 });
documented({ method: 'post', path: `${base}/:stop/status`, summary: "The day's status: on time, late, moved, cancelled", role: 'staff', body: stopStatusSchema, success: 200 });
documented({ method: 'post', path: `${base}/:stop/tallies`, summary: 'Add anonymous counts: people met, items handed out', role: 'staff', body: tallySchema, success: 201 });
documented({ method: 'get', path: `${base}/:stop/tallies`, summary: 'Counts per date and in total', role: 'staff', query: rangeQuerySchema, success: 200 });

/** Defaults for the schedule: this week from today in Oslo (stops carry their own zone). */
const SCHEDULE_ZONE = 'Europe/Oslo';

export function bikeStopRoutes() {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json((await listBikeStops(c.get('services'))).map(bikeStopView)))
    .post('/', requireRole('admin'), validate('json', createBikeStopSchema), async (c) => {
      return c.json(bikeStopView(await createBikeStop(c.get('services'), c.req.valid('json'))), 201);
    })
    // One GET route for `/schedule` and `/:stop`: hono's RegExpRouter (createApp) refuses a
    // literal segment beside a parameter, and the trie it would fall back to costs every request.
    .get('/:stop', async (c) => {
      const services = c.get('services');
      if (c.req.param('stop') === 'schedule') {
        const { from, to } = dateRange(parseWith(rangeQuerySchema, queryValues(c)), todayIn(SCHEDULE_ZONE, services.now()), 6);
        return c.json({ from, to, occurrences: await bikeSchedule(services, from, to) });
      }
      return c.json(bikeStopView(await findBikeStop(services, c.req.param('stop'))));
    })
    .patch('/:stop', requireRole('admin'), validate('json', updateBikeStopSchema), async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      return c.json(bikeStopView(await updateBikeStop(services, stop, c.req.valid('json'))));
    })
    .post('/:stop/cancellations', requireRole('staff'), validate('json', cancellationSchema), async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const { date, reason } = c.req.valid('json');
      return c.json(await cancelStopDate(services, stop, date, reason), 201);
    })
    .delete('/:stop/cancellations/:date', requireRole('staff'), async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      await uncancelStopDate(services, stop, parseWith(localDateSchema, c.req.param('date')));
      return c.body(null, 204);
    })
    .post('/:stop/status', requireRole('staff'), validate('json', stopStatusSchema), async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      return c.json(await setStopStatus(services, stop, c.req.valid('json')));
    })
    .post('/:stop/tallies', requireRole('staff'), validate('json', tallySchema), async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      return c.json(await addTally(services, stop, c.req.valid('json')), 201);
    })
    .get('/:stop/tallies', requireRole('staff'), validate('query', rangeQuerySchema), async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const today = todayIn(stop.timezone, services.now());
      const q = c.req.valid('query');
      // Counts look back: without dates, the last 30 days.
      const { from, to } = dateRange({ from: q.from, to: q.to ?? (q.from ? undefined : today) }, today, 30);
      const days = await stopTallies(services, stop, from, to);
      return c.json({ stop: stop.slug, from, to, days, totals: sumTallies(days) });
    });
}

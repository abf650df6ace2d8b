import { Hono } from 'hono';
import { z } from 'zod';
import { bikeSchedule, cancelStopDate, createBikeStop, findBikeStop, listBikeStops, uncancelStopDate, updateBikeStop, type BikeStopRow } from '../../db/bike-stops';
import { bikeStopView } from '../bike-stops';
import { addDays, todayIn } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { localDateSchema } from '../../schemas/common';
import { cancellationSchema, createBikeStopSchema, updateBikeStopSchema } from '../../schemas/outreach';
import { AdminBikeStopPage, AdminBikeStopsPage, type BikeStopValues } from '../../../web/views/admin-bike-stops';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';
import { CANCELLABLE_DAYS, cancelFlash, optionalNumber, scheduleFields, scheduleForm } from './schedule-form';

const ZONE = 'Europe/Oslo';
const text = z.string().optional().default('');
const stopForm = z.object({
  ...scheduleForm,
  slug: text,
  name: text,
  place: text,
  lat: text,
  lon: text,
  timezone: text,
  // A checkbox list posts nothing, one value, or many.
  offers: z.union([z.string(), z.array(z.string())]).optional(),
});

/** Form strings to the API's shape, so the API's own schema judges them. */
function fieldsOf(form: z.output<typeof stopForm>) {
  return {
    slug: form.slug,
    name: form.name,
    place: form.place,
    lat: optionalNumber(form.lat),
    lon: optionalNumber(form.lon),
    ...scheduleFields(form),
    timezone: form.timezone || undefined,
    offers: form.offers === undefined ? [] : [form.offers].flat(),
  };
}

function valuesOf(stop: BikeStopRow): BikeStopValues {
  const v = bikeStopView(stop);
  return { ...v, lat: v.lat === null ? '' : String(v.lat), lon: v.lon === null ? '' : String(v.lon), until: v.until ?? '', durationMinutes: String(v.durationMinutes) };
}

async function stopPage(c: PageCtx, stop: BikeStopRow) {
  const services = c.get('services');
  const today = todayIn(stop.timezone, services.now());
  const dates = await bikeSchedule(services, today, addDays(today, CANCELLABLE_DAYS), stop);
  const cancelled = dates
    .filter((o) => o.cancelled)
    // A day called off by the crew is undone from the day page, not here.
    .map((o) => ({ date: o.date, reason: o.reason, undoable: o.status !== 'cancelled' }));
  const cancellable = dates.filter((o) => !o.cancelled).map((o) => o.date);
  return c.html(
    <AdminBikeStopPage page={c.get('page')} slug={stop.slug} v={valuesOf(stop)} zone={stop.timezone} cancelled={cancelled} cancellable={cancellable} flash={cancelFlash(c)} />,
  );
}

/** Admins set up the bike's stops and call off single dates, through the same db calls as the API. */
export function adminBikeStopPages() {
  return new Hono<PageEnv>()
    .use('/admin/*', requirePageRole('admin'))
    .get('/admin/bike-stops', async (c) => {
      const services = c.get('services');
      const stops = (await listBikeStops(services)).map(bikeStopView);
      const today = todayIn(ZONE, services.now());
      const draft: BikeStopValues = { slug: '', name: '', place: '', lat: '', lon: '', rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', startsOn: today, until: '', startTime: '18:00', durationMinutes: '60', timezone: ZONE, offers: [] };
      return c.html(<AdminBikeStopsPage page={c.get('page')} stops={stops} draft={draft} flash={cancelFlash(c)} />);
    })
    .post('/admin/bike-stops', async (c) => {
      const form = parseWith(stopForm, await c.req.parseBody({ all: true }));
      const stop = await createBikeStop(c.get('services'), parseWith(createBikeStopSchema, fieldsOf(form)));
      return c.redirect(`/admin/bike-stops/${stop.slug}?saved=1`, 303);
    })
    .get('/admin/bike-stops/:stop', async (c) => stopPage(c, await findBikeStop(c.get('services'), c.req.param('stop'))))
    .post('/admin/bike-stops/:stop', async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const form = parseWith(stopForm, await c.req.parseBody({ all: true }));
      const fields = fieldsOf(form);
      // Emptied coordinates mean "no map link": null, which the update schema takes as a change.
      const changes = parseWith(updateBikeStopSchema, { ...fields, lat: fields.lat ?? null, lon: fields.lon ?? null, until: fields.until ?? null });
      const updated = await updateBikeStop(services, stop, changes);
      return c.redirect(`/admin/bike-stops/${updated.slug}?saved=1`, 303);
    })
    .post('/admin/bike-stops/:stop/cancellations', async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const form = await c.req.parseBody();
      const { date, reason } = parseWith(cancellationSchema, { date: form.date, reason: form.reason });
      await cancelStopDate(services, stop, date, reason, c.get('user'));
      return c.redirect(`/admin/bike-stops/${stop.slug}?cancelled=${date}`, 303);
    })
    .post('/admin/bike-stops/:stop/cancellations/:date/undo', async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const date = parseWith(localDateSchema, c.req.param('date'));
      await uncancelStopDate(services, stop, date, c.get('user'));
      return c.redirect(`/admin/bike-stops/${stop.slug}?restored=${date}`, 303);
    });
}

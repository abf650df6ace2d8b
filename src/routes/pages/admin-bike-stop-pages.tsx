import { Hono } from 'hono';
import { z } from 'zod';
import { bikeSchedule, cancelStopDate, createBikeStop, findBikeStop, listBikeStops, uncancelStopDate, updateBikeStop, type BikeStopRow } from '../../db/bike-stops';
import { bikeStopView } from '../../http/replies/bike-stop';
import { addDays, todayIn } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { localDateSchema } from '../../schemas/common';
import { cancellationSchema, createBikeStopSchema, updateBikeStopSchema } from '../../schemas/outreach';
import { AdminBikeStopPage, AdminBikeStopsPage, type BikeStopValues } from '../../../web/views/admin-bike-stops';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';
import { CANCELLABLE_DAYS, cancelFlash, openingDaysTyped, openingDayValues, optionalNumber, parseWithDays, scheduleFields, scheduleForm } from './schedule-form';
import { orFormAgain } from './form-state';
import type { FieldErrors } from '../../../web/views/form-field';

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
    slug: form.slug || undefined,
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
  const days = openingDayValues(v.rrule, v.timezone, v);
  return { ...v, ...days, lat: v.lat === null ? '' : String(v.lat), lon: v.lon === null ? '' : String(v.lon), durationMinutes: String(v.durationMinutes) };
}

/** The form as typed, to show it again when refused. */
function typedValues(form: z.output<typeof stopForm>): BikeStopValues {
  const { slug, name, place, lat, lon, timezone, startTime, durationMinutes } = form;
  return { ...openingDaysTyped(form), slug, name, place, lat, lon, timezone, startTime, durationMinutes, offers: form.offers === undefined ? [] : [form.offers].flat() };
}

type StopForms = { values?: BikeStopValues; errors?: FieldErrors; cancel?: { values: { date: string; reason: string }; errors: FieldErrors } };

async function stopPage(c: PageCtx, stop: BikeStopRow, forms: StopForms = {}) {
  const services = c.get('services');
  const today = todayIn(stop.timezone, services.now());
  const dates = await bikeSchedule(services, today, addDays(today, CANCELLABLE_DAYS), stop);
  const cancelled = dates
    .filter((o) => o.cancelled)
    // A day called off by the crew is undone from the day page, not here.
    .map((o) => ({ date: o.date, reason: o.reason, undoable: o.status !== 'cancelled' }));
  const cancellable = dates.filter((o) => !o.cancelled).map((o) => o.date);
  return (
    <AdminBikeStopPage
      page={c.get('page')}
      slug={stop.slug}
      v={forms.values ?? valuesOf(stop)}
      zone={stop.timezone}
      cancelled={cancelled}
      cancellable={cancellable}
      flash={cancelFlash(c)}
      refused={forms.errors ? { errors: forms.errors } : undefined}
      cancelRefused={forms.cancel}
    />
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
      const draft: BikeStopValues = { slug: '', name: '', place: '', lat: '', lon: '', weekdays: [], repeat: 'every-week', rrule: '', startsOn: today, until: '', startTime: '18:00', durationMinutes: '60', timezone: ZONE, offers: [] };
      return c.html(<AdminBikeStopsPage page={c.get('page')} stops={stops} draft={draft} flash={cancelFlash(c)} today={today} />);
    })
    .post('/admin/bike-stops', async (c) => {
      const services = c.get('services');
      const form = parseWith(stopForm, await c.req.parseBody({ all: true }));
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const stop = await createBikeStop(services, parseWithDays(createBikeStopSchema, fieldsOf(form), form));
          return c.redirect(`/admin/bike-stops/${stop.slug}?saved=1`, 303);
        },
        async (errors) => {
          const stops = (await listBikeStops(services)).map(bikeStopView);
          return <AdminBikeStopsPage page={c.get('page')} stops={stops} draft={typedValues(form)} refused={{ errors }} today={todayIn(ZONE, services.now())} />;
        },
      );
    })
    .get('/admin/bike-stops/:stop', async (c) => c.html(await stopPage(c, await findBikeStop(c.get('services'), c.req.param('stop')))))
    .post('/admin/bike-stops/:stop', async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const form = parseWith(stopForm, await c.req.parseBody({ all: true }));
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const fields = fieldsOf(form);
          // Emptied coordinates mean "no map link": null, which the update schema takes as a change.
          const changes = parseWithDays(updateBikeStopSchema, { ...fields, slug: fields.slug ?? stop.slug, lat: fields.lat ?? null, lon: fields.lon ?? null, until: fields.until ?? null }, form);
          const updated = await updateBikeStop(services, stop, changes);
          return c.redirect(`/admin/bike-stops/${updated.slug}?saved=1`, 303);
        },
        (errors) => stopPage(c, stop, { values: typedValues(form), errors }),
      );
    })
    .post('/admin/bike-stops/:stop/cancellations', async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const form = z.object({ date: text, reason: text }).parse(await c.req.parseBody());
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const { date, reason } = parseWith(cancellationSchema, form);
          await cancelStopDate(services, stop, date, reason, c.get('user'));
          return c.redirect(`/admin/bike-stops/${stop.slug}?cancelled=${date}`, 303);
        },
        (errors) => stopPage(c, stop, { cancel: { values: form, errors } }),
      );
    })
    .post('/admin/bike-stops/:stop/cancellations/:date/undo', async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const date = parseWith(localDateSchema, c.req.param('date'));
      await uncancelStopDate(services, stop, date, c.get('user'));
      return c.redirect(`/admin/bike-stops/${stop.slug}?restored=${date}`, 303);
    });
}

import { Hono } from 'hono';
import { z } from 'zod';
import { addTally, stopTallies } from '../../db/bike-stop-tallies';
import { bikeSchedule, findBikeStop, listBikeStops, setStopStatus } from '../../db/bike-stops';
import { isLocalDate, todayIn } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { stopStatusSchema, tallySchema } from '../../schemas/outreach';
import { BikeStaffPage, type CrewRefused } from '../../../web/views/bike-staff';
import { orFormAgain } from './form-state';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';
import { optionalNumber } from './schedule-form';

const ZONE = 'Europe/Oslo';
const statusForm = z.object({ date: z.string().default(''), status: z.string().optional(), message: z.string().optional() });

/** The crew on the road: the day's status of each stop for the public page, and anonymous counts. */
export function bikeStaffPages() {
  return new Hono<PageEnv>()
    .use('/staff/bike', requirePageRole('staff'))
    .use('/staff/bike/*', requirePageRole('staff'))
    .get('/staff/bike', async (c) => {
      const asked = c.req.query('date');
      const date = asked && isLocalDate(asked) ? asked : todayIn(ZONE, c.get('services').now());
      return c.html(await bikeDayPage(c, date));
    })
    .post('/staff/bike/:stop/status', async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const form = parseWith(statusForm, await c.req.parseBody());
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const input = parseWith(stopStatusSchema, { date: form.date, status: form.status || null, message: form.message?.trim() || null });
          await setStopStatus(services, stop, input);
          return c.redirect(`/staff/bike?date=${input.date}&status=${stop.slug}#h-${stop.slug}`, 303);
        },
        (errors) => bikeDayPage(c, dayOf(c, form.date), { stop: stop.slug, kind: 'status', typed: { status: form.status ?? '', message: form.message ?? '' }, errors: errors[''] ? { status: errors[''] } : errors }),
      );
    })
    .post('/staff/bike/:stop/tallies', async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const body = await c.req.parseBody();
      const typed: Record<string, string> = {};
      // Each item is a field `item_<kind>`; an empty or zero field is simply not counted.
      const items: Record<string, number | undefined> = {};
      for (const [field, value] of Object.entries(body)) {
        if (typeof value === 'string') typed[field] = value;
        if (!field.startsWith('item_') || typeof value !== 'string') continue;
        const n = optionalNumber(value);
        if (n !== 0 && n !== undefined) items[field.slice('item_'.length)] = n;
      }
      const people = typeof body.people === 'string' ? (optionalNumber(body.people) ?? 0) : 0;
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const input = parseWith(tallySchema, { date: body.date, people, items });
          await addTally(services, stop, input);
          return c.redirect(`/staff/bike?date=${input.date}&tallied=${stop.slug}#h-${stop.slug}`, 303);
        },
        // An item's path is items.<kind>: the form calls that field item_<kind>.
        (errors) => bikeDayPage(c, dayOf(c, typed.date), { stop: stop.slug, kind: 'tally', typed, errors }),
        Object.fromEntries(Object.keys(items).map((k) => [`items.${k}`, `item_${k}`])),
      );
    });
}

function dayOf(c: PageCtx, date: string | undefined) {
  return date && isLocalDate(date) ? date : todayIn(ZONE, c.get('services').now());
}

async function bikeDayPage(c: PageCtx, date: string, refused?: CrewRefused) {
  const services = c.get('services');
  const [day, stops] = await Promise.all([bikeSchedule(services, date, date), listBikeStops(services)]);
  const rows = await Promise.all(
    day.map(async (o) => {
      const stop = stops.find((s) => s.slug === o.stop)!;
      const [tally] = await stopTallies(services, stop, date, date);
      return { o, tally: tally ?? null };
    }),
  );
  const { t } = c.get('page');
  const name = (slug: string | undefined) => stops.find((s) => s.slug === slug)?.name ?? '';
  const flash = c.req.query('status') ? t.setup.bikeDay.statusSaved(name(c.req.query('status'))) : c.req.query('tallied') ? t.setup.bikeDay.tallied(name(c.req.query('tallied'))) : undefined;
  return <BikeStaffPage page={c.get('page')} date={date} stops={rows} flash={flash} refused={refused} />;
}

import { Hono } from 'hono';
import { z } from 'zod';
import { activitySessions, cancelSession, findActivity, uncancelSession } from '../../db/activities';
import { bikeSchedule, cancelStopDate, findBikeStop, uncancelStopDate } from '../../db/bike-stops';
import { addDays, todayIn } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { localDateSchema } from '../../schemas/common';
import { cancellationSchema } from '../../schemas/outreach';
import { StaffDatesPage, type CancelRefused } from '../../../web/views/staff-dates';
import { orFormAgain } from './form-state';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';
import { CANCELLABLE_DAYS, cancelFlash } from './schedule-form';

const text = z.string().optional().default('');

async function cancellationForm(c: PageCtx) {
  return parseWith(z.object({ date: text, reason: text }), await c.req.parseBody());
}

type Place = { name: string; timezone: string; slug: string };
type Dates = { cancelled: { date: string; reason: string | null; undoable: boolean }[]; cancellable: string[] };

/** The page of one bike stop's or activity's dates, with a refused cancellation shown again. */
function datesPage(c: PageCtx, place: Place, base: string, back: string, dates: Dates, refused?: CancelRefused) {
  return <StaffDatesPage page={c.get('page')} name={place.name} base={base} back={back} zone={place.timezone} {...dates} flash={cancelFlash(c)} refused={refused} />;
}

async function stopDates(c: PageCtx, stop: Awaited<ReturnType<typeof findBikeStop>>): Promise<Dates> {
  const services = c.get('services');
  const today = todayIn(stop.timezone, services.now());
  const dates = await bikeSchedule(services, today, addDays(today, CANCELLABLE_DAYS), stop);
  // A day the crew called off is undone with the day's status, on /staff/bike.
  const cancelled = dates.filter((o) => o.cancelled).map((o) => ({ date: o.date, reason: o.reason, undoable: o.status !== 'cancelled' }));
  return { cancelled, cancellable: dates.filter((o) => !o.cancelled).map((o) => o.date) };
}

async function activityDates(c: PageCtx, a: Awaited<ReturnType<typeof findActivity>>): Promise<Dates> {
  const services = c.get('services');
  const today = todayIn(a.timezone, services.now());
  const { sessions } = await activitySessions(services, a, today, addDays(today, CANCELLABLE_DAYS));
  const cancelled = sessions.filter((s) => s.cancelled).map((s) => ({ date: s.date, reason: s.reason, undoable: true }));
  return { cancelled, cancellable: sessions.filter((s) => !s.cancelled).map((s) => s.date) };
}

/**
 * Staff (not only admins) cancel a bike stop's date or an activity's session with a reason, and
 * undo it, through the same db calls as the API; each change is in the audit log.
 */
export function staffDatePages() {
  return new Hono<PageEnv>()
    .use('/staff/bike/:stop/*', requirePageRole('staff'))
    .use('/staff/activities/:act/*', requirePageRole('staff'))
    .get('/staff/bike/:stop/dates', async (c) => {
      const stop = await findBikeStop(c.get('services'), c.req.param('stop'));
      return c.html(datesPage(c, stop, `/staff/bike/${stop.slug}`, '/staff/bike', await stopDates(c, stop)));
    })
    .post('/staff/bike/:stop/cancellations', async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const form = await cancellationForm(c);
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const { date, reason } = parseWith(cancellationSchema, form);
          await cancelStopDate(services, stop, date, reason, c.get('user'));
          return c.redirect(`/staff/bike/${stop.slug}/dates?cancelled=${date}`, 303);
        },
        async (errors) => datesPage(c, stop, `/staff/bike/${stop.slug}`, '/staff/bike', await stopDates(c, stop), { values: form, errors }),
      );
    })
    .post('/staff/bike/:stop/cancellations/:date/undo', async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const date = parseWith(localDateSchema, c.req.param('date'));
      await uncancelStopDate(services, stop, date, c.get('user'));
      return c.redirect(`/staff/bike/${stop.slug}/dates?restored=${date}`, 303);
    })
    .get('/staff/activities/:act/dates', async (c) => {
      const a = await findActivity(c.get('services'), c.req.param('act'));
      const base = `/staff/activities/${a.slug}`;
      return c.html(datesPage(c, a, base, base, await activityDates(c, a)));
    })
    .post('/staff/activities/:act/cancellations', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const base = `/staff/activities/${a.slug}`;
      const form = await cancellationForm(c);
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const { date, reason } = parseWith(cancellationSchema, form);
          await cancelSession(services, a, date, reason, c.get('user'));
          return c.redirect(`${base}/dates?cancelled=${date}`, 303);
        },
        async (errors) => datesPage(c, a, base, base, await activityDates(c, a), { values: form, errors }),
      );
    })
    .post('/staff/activities/:act/cancellations/:date/undo', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const date = parseWith(localDateSchema, c.req.param('date'));
      await uncancelSession(services, a, date, c.get('user'));
      return c.redirect(`/staff/activities/${a.slug}/dates?restored=${date}`, 303);
    });
}

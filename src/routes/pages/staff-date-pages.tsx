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

/** A cancellation from the form: done, back to the dates saying so; refused, the dates page again as typed. */
async function cancelFromForm(c: PageCtx, base: string, cancel: (input: z.infer<typeof cancellationSchema>) => Promise<unknown>, again: (refused: CancelRefused) => Promise<unknown>) {
  const form = await cancellationForm(c);
  return orFormAgain(
    c,
    c.get('page').t,
    async () => {
      const input = parseWith(cancellationSchema, form);
      await cancel(input);
      return c.redirect(`${base}/dates?cancelled=${input.date}`, 303);
    },
    (errors) => again({ values: form, errors }),
  );
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
      const base = `/staff/bike/${stop.slug}`;
      return cancelFromForm(
        c,
        base,
        ({ date, reason }) => cancelStopDate(services, stop, date, reason, c.get('user')),
        async (refused) => datesPage(c, stop, base, '/staff/bike', await stopDates(c, stop), refused),
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
      return cancelFromForm(
        c,
        base,
        ({ date, reason }) => cancelSession(services, a, date, reason, c.get('user')),
        async (refused) => datesPage(c, a, base, base, await activityDates(c, a), refused),
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

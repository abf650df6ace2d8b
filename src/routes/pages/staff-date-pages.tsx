import { Hono } from 'hono';
import { activitySessions, cancelSession, findActivity, uncancelSession } from '../../db/activities';
import { bikeSchedule, cancelStopDate, findBikeStop, uncancelStopDate } from '../../db/bike-stops';
import { addDays, todayIn } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { localDateSchema } from '../../schemas/common';
import { cancellationSchema } from '../../schemas/outreach';
import { StaffDatesPage } from '../../../web/views/staff-dates';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';
import { CANCELLABLE_DAYS, cancelFlash } from './schedule-form';

async function cancellation(c: PageCtx) {
  const form = await c.req.parseBody();
  return parseWith(cancellationSchema, { date: form.date, reason: form.reason });
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
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const today = todayIn(stop.timezone, services.now());
      const dates = await bikeSchedule(services, today, addDays(today, CANCELLABLE_DAYS), stop);
      // A day the crew called off is undone with the day's status, on /staff/bike.
      const cancelled = dates.filter((o) => o.cancelled).map((o) => ({ date: o.date, reason: o.reason, undoable: o.status !== 'cancelled' }));
      const cancellable = dates.filter((o) => !o.cancelled).map((o) => o.date);
      const base = `/staff/bike/${stop.slug}`;
      return c.html(<StaffDatesPage page={c.get('page')} name={stop.name} base={base} back="/staff/bike" zone={stop.timezone} cancelled={cancelled} cancellable={cancellable} flash={cancelFlash(c)} />);
    })
    .post('/staff/bike/:stop/cancellations', async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const { date, reason } = await cancellation(c);
      await cancelStopDate(services, stop, date, reason, c.get('user'));
      return c.redirect(`/staff/bike/${stop.slug}/dates?cancelled=${date}`, 303);
    })
    .post('/staff/bike/:stop/cancellations/:date/undo', async (c) => {
      const services = c.get('services');
      const stop = await findBikeStop(services, c.req.param('stop'));
      const date = parseWith(localDateSchema, c.req.param('date'));
      await uncancelStopDate(services, stop, date, c.get('user'));
      return c.redirect(`/staff/bike/${stop.slug}/dates?restored=${date}`, 303);
    })
    .get('/staff/activities/:act/dates', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const today = todayIn(a.timezone, services.now());
      const { sessions } = await activitySessions(services, a, today, addDays(today, CANCELLABLE_DAYS));
      const cancelled = sessions.filter((s) => s.cancelled).map((s) => ({ date: s.date, reason: s.reason, undoable: true }));
      const cancellable = sessions.filter((s) => !s.cancelled).map((s) => s.date);
      const base = `/staff/activities/${a.slug}`;
      return c.html(<StaffDatesPage page={c.get('page')} name={a.name} base={base} back={base} zone={a.timezone} cancelled={cancelled} cancellable={cancellable} flash={cancelFlash(c)} />);
    })
    .post('/staff/activities/:act/cancellations', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const { date, reason } = await cancellation(c);
      await cancelSession(services, a, date, reason, c.get('user'));
      return c.redirect(`/staff/activities/${a.slug}/dates?cancelled=${date}`, 303);
    })
    .post('/staff/activities/:act/cancellations/:date/undo', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const date = parseWith(localDateSchema, c.req.param('date'));
      await uncancelSession(services, a, date, c.get('user'));
      return c.redirect(`/staff/activities/${a.slug}/dates?restored=${date}`, 303);
    });
}

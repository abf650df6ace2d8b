import { Hono } from 'hono';
import { z } from 'zod';
import { activitySessions, cancelSession, createActivity, findActivity, listActivities, uncancelSession, updateActivity, type ActivityWithSite } from '../../db/activities';
import { activityView } from '../activities';
import { listSites } from '../../db/sites';
import { addDays, todayIn } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { localDateSchema } from '../../schemas/common';
import { cancellationSchema, createActivitySchema, updateActivitySchema } from '../../schemas/outreach';
import { AdminActivitiesPage, AdminActivityPage, type ActivityValues } from '../../../web/views/admin-activities';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';
import { CANCELLABLE_DAYS, cancelFlash, optionalNumber, scheduleFields, scheduleForm } from './schedule-form';

const ZONE = 'Europe/Oslo';
const text = z.string().optional().default('');
const activityForm = z.object({ ...scheduleForm, slug: text, name: text, site: text, place: text, cohorts: text, cohortSize: text });

function valuesOf(a: ActivityWithSite): ActivityValues {
  const v = activityView(a);
  return { ...v, site: v.site ?? '', place: a.place, until: v.until ?? '', durationMinutes: String(v.durationMinutes), cohorts: String(v.cohorts), cohortSize: String(v.cohortSize) };
}

async function activityPage(c: PageCtx, a: ActivityWithSite) {
  const services = c.get('services');
  const today = todayIn(a.timezone, services.now());
  const { sessions } = await activitySessions(services, a, today, addDays(today, CANCELLABLE_DAYS));
  const cancelled = sessions.filter((s) => s.cancelled).map((s) => ({ date: s.date, reason: s.reason, undoable: true }));
  const cancellable = sessions.filter((s) => !s.cancelled).map((s) => s.date);
  const sites = await listSites(services);
  return c.html(<AdminActivityPage page={c.get('page')} v={valuesOf(a)} sites={sites} zone={a.timezone} cancelled={cancelled} cancellable={cancellable} flash={cancelFlash(c)} />);
}

/** Admins set up activities with their groups and cancel single sessions, through the API's db calls. */
export function adminActivityPages() {
  return new Hono<PageEnv>()
    .use('/admin/*', requirePageRole('admin'))
    .get('/admin/activities', async (c) => {
      const services = c.get('services');
      const [all, sites] = await Promise.all([listActivities(services), listSites(services)]);
      const today = todayIn(ZONE, services.now());
      const draft: ActivityValues = { slug: '', name: '', site: '', place: '', rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', startsOn: today, until: '', startTime: '17:00', durationMinutes: '90', cohorts: '3', cohortSize: '6' };
      return c.html(<AdminActivitiesPage page={c.get('page')} activities={all.map((a) => activityView(a))} sites={sites} draft={draft} flash={cancelFlash(c)} />);
    })
    .post('/admin/activities', async (c) => {
      const form = parseWith(activityForm, await c.req.parseBody());
      const input = parseWith(createActivitySchema, {
        slug: form.slug,
        name: form.name,
        site: form.site || undefined,
        place: form.place || undefined,
        ...scheduleFields(form),
        cohorts: optionalNumber(form.cohorts),
        cohortSize: optionalNumber(form.cohortSize),
      });
      const a = await createActivity(c.get('services'), input);
      return c.redirect(`/admin/activities/${a.slug}?saved=1`, 303);
    })
    .get('/admin/activities/:act', async (c) => activityPage(c, await findActivity(c.get('services'), c.req.param('act'))))
    .post('/admin/activities/:act', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const form = parseWith(activityForm, await c.req.parseBody());
      const changes = parseWith(updateActivitySchema, { name: form.name, place: form.place, ...scheduleFields(form) });
      await updateActivity(services, a, changes);
      return c.redirect(`/admin/activities/${a.slug}?saved=1`, 303);
    })
    .post('/admin/activities/:act/cancellations', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const form = await c.req.parseBody();
      const { date, reason } = parseWith(cancellationSchema, { date: form.date, reason: form.reason });
      await cancelSession(services, a, date, reason, c.get('user'));
      return c.redirect(`/admin/activities/${a.slug}?cancelled=${date}`, 303);
    })
    .post('/admin/activities/:act/cancellations/:date/undo', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const date = parseWith(localDateSchema, c.req.param('date'));
      await uncancelSession(services, a, date, c.get('user'));
      return c.redirect(`/admin/activities/${a.slug}?restored=${date}`, 303);
    });
}

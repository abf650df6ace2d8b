import { Hono } from 'hono';
import { z } from 'zod';
import { activitySessions, cancelSession, createActivity, findActivity, listActivities, uncancelSession, updateActivity, type ActivityWithSite } from '../../db/activities';
import { activityView } from '../../http/replies/activity';
import { listSites } from '../../db/sites';
import { addDays, todayIn } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { localDateSchema } from '../../schemas/common';
import { cancellationSchema, createActivitySchema, updateActivitySchema } from '../../schemas/outreach';
import { AdminActivitiesPage, AdminActivityPage, type ActivityValues } from '../../../web/views/admin-activities';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';
import { CANCELLABLE_DAYS, cancelFlash, openingDaysTyped, openingDayValues, optionalNumber, parseWithDays, scheduleFields, scheduleForm } from './schedule-form';
import { orFormAgain } from './form-state';
import type { FieldErrors } from '../../../web/views/form-field';

const ZONE = 'Europe/Oslo';
const text = z.string().optional().default('');
const activityForm = z.object({ ...scheduleForm, slug: text, name: text, site: text, place: text, cohorts: text, cohortSize: text });

type ActivityForm = z.output<typeof activityForm>;

function valuesOf(a: ActivityWithSite): ActivityValues {
  const v = activityView(a);
  const days = openingDayValues(v.rrule, v.timezone, v);
  return { ...v, ...days, site: v.site ?? '', place: a.place, durationMinutes: String(v.durationMinutes), cohorts: String(v.cohorts), cohortSize: String(v.cohortSize) };
}

/** The form as typed, to show it again when refused. */
function typedValues(form: ActivityForm): ActivityValues {
  const { slug, name, site, place, startTime, durationMinutes, cohorts, cohortSize } = form;
  return { ...openingDaysTyped(form), slug, name, site, place, startTime, durationMinutes, cohorts, cohortSize };
}

type ActivityForms = { values?: ActivityValues; errors?: FieldErrors; cancel?: { values: { date: string; reason: string }; errors: FieldErrors } };

async function activityPage(c: PageCtx, a: ActivityWithSite, forms: ActivityForms = {}) {
  const services = c.get('services');
  const today = todayIn(a.timezone, services.now());
  const { sessions } = await activitySessions(services, a, today, addDays(today, CANCELLABLE_DAYS));
  const cancelled = sessions.filter((s) => s.cancelled).map((s) => ({ date: s.date, reason: s.reason, undoable: true }));
  const cancellable = sessions.filter((s) => !s.cancelled).map((s) => s.date);
  const sites = await listSites(services);
  const v = forms.values ? { ...forms.values, slug: a.slug, site: a.siteSlug ?? '', cohorts: String(a.cohorts), cohortSize: String(a.cohortSize) } : valuesOf(a);
  return (
    <AdminActivityPage
      page={c.get('page')}
      v={v}
      sites={sites}
      zone={a.timezone}
      cancelled={cancelled}
      cancellable={cancellable}
      flash={cancelFlash(c)}
      errors={forms.errors}
      cancelRefused={forms.cancel}
    />
  );
}

/** Admins set up activities with their groups and cancel single sessions, through the API's db calls. */
export function adminActivityPages() {
  return new Hono<PageEnv>()
    .use('/admin/*', requirePageRole('admin'))
    .get('/admin/activities', async (c) => {
      const services = c.get('services');
      const [all, sites] = await Promise.all([listActivities(services), listSites(services)]);
      const today = todayIn(ZONE, services.now());
      const draft: ActivityValues = { slug: '', name: '', site: '', place: '', weekdays: [], repeat: 'every-week', rrule: '', startsOn: today, until: '', startTime: '17:00', durationMinutes: '90', cohorts: '3', cohortSize: '6' };
      return c.html(<AdminActivitiesPage page={c.get('page')} activities={all.map((a) => activityView(a))} sites={sites} draft={draft} flash={cancelFlash(c)} today={today} />);
    })
    .post('/admin/activities', async (c) => {
      const services = c.get('services');
      const form = parseWith(activityForm, await c.req.parseBody({ all: true }));
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const input = parseWithDays(createActivitySchema, {
            slug: form.slug || undefined,
            name: form.name,
            site: form.site || undefined,
            place: form.place || undefined,
            ...scheduleFields(form),
            cohorts: optionalNumber(form.cohorts),
            cohortSize: optionalNumber(form.cohortSize),
          }, form);
          const a = await createActivity(services, input);
          return c.redirect(`/admin/activities/${a.slug}?saved=1`, 303);
        },
        async (errors) => {
          const [all, sites] = await Promise.all([listActivities(services), listSites(services)]);
          const today = todayIn(ZONE, services.now());
          return <AdminActivitiesPage page={c.get('page')} activities={all.map((a) => activityView(a))} sites={sites} draft={typedValues(form)} errors={errors} today={today} />;
        },
      );
    })
    .get('/admin/activities/:act', async (c) => c.html(await activityPage(c, await findActivity(c.get('services'), c.req.param('act')))))
    .post('/admin/activities/:act', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const form = parseWith(activityForm, await c.req.parseBody({ all: true }));
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const changes = parseWithDays(updateActivitySchema, { name: form.name, place: form.place, ...scheduleFields(form) }, form);
          await updateActivity(services, a, changes);
          return c.redirect(`/admin/activities/${a.slug}?saved=1`, 303);
        },
        (errors) => activityPage(c, a, { values: typedValues(form), errors }),
      );
    })
    .post('/admin/activities/:act/cancellations', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const form = z.object({ date: text, reason: text }).parse(await c.req.parseBody());
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const { date, reason } = parseWith(cancellationSchema, form);
          await cancelSession(services, a, date, reason, c.get('user'));
          return c.redirect(`/admin/activities/${a.slug}?cancelled=${date}`, 303);
        },
        (errors) => activityPage(c, a, { cancel: { values: form, errors } }),
      );
    })
    .post('/admin/activities/:act/cancellations/:date/undo', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const date = parseWith(localDateSchema, c.req.param('date'));
      await uncancelSession(services, a, date, c.get('user'));
      return c.redirect(`/admin/activities/${a.slug}?restored=${date}`, 303);
    });
}

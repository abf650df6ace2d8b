import type { Catalogue } from '../i18n/catalogue';
import { Flash } from './admin';
import { Layout, type PageContext } from './layout';
import { ErrorSummary, Field, SelectField, type FieldErrors, SubmitRow } from './form-field';
import { AdvancedFields } from './opening-days';
import { CancelDates, ScheduleFields, scheduleIds, type DateRow, type ScheduleValues } from './schedule-fields';
import { scheduleInWords } from './schedule-words';

export type ActivityValues = ScheduleValues & { slug: string; name: string; site: string; place: string; cohorts: string; cohortSize: string };
type ActivityListing = { slug: string; name: string; place: string; rrule: string; startsOn: string; until: string | null; timezone: string; startTime: string; durationMinutes: number; cohorts: number; cohortSize: number };
type CancelRefused = { values: { date: string; reason: string }; errors: FieldErrors } | undefined;
// In the form's order: the error summary lists mistakes in it.
const activityIds = { name: 'a-name', site: 'a-site', place: 'a-place', cohorts: 'a-cohorts', cohortSize: 'a-size', ...scheduleIds('a'), slug: 'a-slug' };
type SiteChoice = { slug: string; name: string };

/** New activities choose their site and groups; an existing one shows them, as they cannot change. */
function ActivityForm(p: { t: Catalogue; action: string; v: ActivityValues; sites: SiteChoice[]; submit: string; existing?: boolean; errors?: FieldErrors | undefined }) {
  const { t, v, existing } = p;
  const errors = p.errors ?? {};
  const a = t.setup.activities;
  const siteName = p.sites.find((s) => s.slug === v.site)?.name ?? a.noSite;
  return (
    <form method="post" action={p.action}>
      <ErrorSummary t={t} errors={errors} ids={activityIds} />
      {existing ? (
        <>
          <dl class="facts">
            <dt>{a.facts.slug}</dt>
            <dd>
              <code>{v.slug}</code>
            </dd>
            <dt>{a.facts.site}</dt>
            <dd>{siteName}</dd>
            <dt>{a.facts.groups}</dt>
            <dd>{a.groups(Number(v.cohorts), Number(v.cohortSize))}</dd>
          </dl>
          <p class="hint">{a.fixedNote}</p>
        </>
      ) : null}
      <div class="grid">
        <Field id={activityIds.name} name="name" label={a.name} value={v.name} error={errors.name} required maxlength={120} />
        {existing ? null : (
          <SelectField
            id={activityIds.site}
            name="site"
            label={a.site}
            value={v.site}
            error={errors.site}
            options={[{ value: '', label: a.noSite }, ...p.sites.map((s) => ({ value: s.slug, label: s.name }))]}
          />
        )}
        <Field id={activityIds.place} name="place" label={a.place} value={v.place} error={errors.place} maxlength={500} />
        {existing ? null : (
          <Field id={activityIds.cohorts} name="cohorts" type="number" inputmode="numeric" min={1} max={26} label={a.cohorts} value={v.cohorts} error={errors.cohorts} required />
        )}
        {existing ? null : (
          <Field id={activityIds.cohortSize} name="cohortSize" type="number" inputmode="numeric" min={1} max={1000} label={a.cohortSize} value={v.cohortSize} error={errors.cohortSize} required />
        )}
      </div>
      <ScheduleFields t={t} v={v} id="a" errors={errors} />
      <AdvancedFields t={t} id="a" rrule={v.rrule} slug={existing ? undefined : v.slug} errors={errors} />
      <SubmitRow label={p.submit} />
    </form>
  );
}

/** Every activity, and a form for a new one. */
export function AdminActivitiesPage(props: {
  page: PageContext;
  activities: ActivityListing[];
  sites: SiteChoice[];
  draft: ActivityValues;
  flash?: string | undefined;
  errors?: FieldErrors | undefined;
  today: string;
}) {
  const { page, activities, sites, draft, flash } = props;
  const { t } = page;
  const a = t.setup.activities;
  return (
    <Layout page={page} title={a.title}>
      <p>
        <a href="/admin">{t.admin.back}</a>
      </p>
      <h1>{a.title}</h1>
      <p>{a.intro}</p>
      <Flash text={flash} />
      {activities.length === 0 ? (
        <p>{a.none}</p>
      ) : (
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">{a.name}</th>
              <th scope="col">{a.place}</th>
              <th scope="col">{t.setup.schedule.when}</th>
              <th scope="col">{a.cohorts}</th>
              <th scope="col">
                <span class="visually-hidden">{a.enrol}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {activities.map((act) => (
              <tr data-activity={act.slug}>
                <td>
                  <a href={`/admin/activities/${act.slug}`}>{act.name}</a>
                </td>
                <td>{act.place}</td>
                <td>{scheduleInWords(t, { rule: act.rrule, startsOn: act.startsOn, until: act.until, zone: act.timezone, startTime: act.startTime, durationMinutes: act.durationMinutes, today: props.today })}</td>
                <td>{a.groups(act.cohorts, act.cohortSize)}</td>
                <td>
                  <a href={`/staff/activities/${act.slug}`}>{a.enrol}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="new-activity">{a.newActivity}</h2>
      <ActivityForm t={t} action="/admin/activities" v={draft} sites={sites} submit={t.admin.create} errors={props.errors} />
    </Layout>
  );
}

/** One activity: change its name, place and schedule; cancel (or restore) single sessions. */
export function AdminActivityPage(p: {
  page: PageContext;
  v: ActivityValues;
  sites: SiteChoice[];
  zone: string;
  cancelled: DateRow[];
  cancellable: string[];
  flash?: string | undefined;
  errors?: FieldErrors | undefined;
  cancelRefused?: CancelRefused;
}) {
  const { t } = p.page;
  const a = t.setup.activities;
  const base = `/admin/activities/${p.v.slug}`;
  return (
    <Layout page={p.page} title={a.activityTitle(p.v.name)}>
      <p>
        <a href="/admin/activities">{a.back}</a>
      </p>
      <h1>{a.activityTitle(p.v.name)}</h1>
      <Flash text={p.flash} />
      <ul class="setup-links">
        <li>
          <a href={`/staff/activities/${p.v.slug}`}>{a.enrol}</a>
        </li>
        <li>
          <a href="/activities">{t.outreach.activities.title}</a>
        </li>
      </ul>
      <ActivityForm t={t} action={base} v={p.v} sites={p.sites} submit={t.admin.save} existing errors={p.errors} />
      <CancelDates t={t} base={base} zone={p.zone} cancelled={p.cancelled} cancellable={p.cancellable} refused={p.cancelRefused} />
    </Layout>
  );
}

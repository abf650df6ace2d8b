import type { Catalogue } from '../i18n/catalogue';
import { Flash } from './admin';
import { Layout, type PageContext } from './layout';
import { CancelDates, ScheduleFields, type DateRow, type ScheduleValues } from './schedule-fields';

export type ActivityValues = ScheduleValues & { slug: string; name: string; site: string; place: string; cohorts: string; cohortSize: string };
type ActivityListing = { slug: string; name: string; place: string; rrule: string; startTime: string; durationMinutes: number; cohorts: number; cohortSize: number };
type SiteChoice = { slug: string; name: string };

/** New activities choose their site and groups; an existing one shows them, as they cannot change. */
function ActivityForm({ t, action, v, sites, submit, existing }: { t: Catalogue; action: string; v: ActivityValues; sites: SiteChoice[]; submit: string; existing?: boolean }) {
  const a = t.setup.activities;
  const siteName = sites.find((s) => s.slug === v.site)?.name ?? a.noSite;
  return (
    <form method="post" action={action}>
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
        <div>
          <label for="a-name">{a.name}</label>
          <input id="a-name" name="name" value={v.name} required maxlength={120} />
        </div>
        {existing ? null : (
          <div>
            <label for="a-slug">{t.admin.slug}</label>
            <input id="a-slug" name="slug" value={v.slug} required maxlength={50} pattern="[a-z0-9][a-z0-9\-]*" autocapitalize="none" spellcheck={false} />
          </div>
        )}
        {existing ? null : (
          <div>
            <label for="a-site">{a.site}</label>
            <select id="a-site" name="site">
              <option value="">{a.noSite}</option>
              {sites.map((s) => (
                <option value={s.slug} selected={s.slug === v.site}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label for="a-place">{a.place}</label>
          <input id="a-place" name="place" value={v.place} maxlength={500} />
        </div>
        {existing ? null : (
          <div>
            <label for="a-cohorts">{a.cohorts}</label>
            <input id="a-cohorts" name="cohorts" type="number" inputmode="numeric" min={1} max={26} value={v.cohorts} required />
          </div>
        )}
        {existing ? null : (
          <div>
            <label for="a-size">{a.cohortSize}</label>
            <input id="a-size" name="cohortSize" type="number" inputmode="numeric" min={1} max={1000} value={v.cohortSize} required />
          </div>
        )}
      </div>
      <ScheduleFields t={t} v={v} id="a" />
      <div class="actions">
        <button type="submit">{submit}</button>
      </div>
    </form>
  );
}

/** Every activity, and a form for a new one. */
export function AdminActivitiesPage({ page, activities, sites, draft, flash }: { page: PageContext; activities: ActivityListing[]; sites: SiteChoice[]; draft: ActivityValues; flash?: string }) {
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
                <td>
                  <code>{act.rrule}</code> {act.startTime}, {act.durationMinutes} min
                </td>
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
      <ActivityForm t={t} action="/admin/activities" v={draft} sites={sites} submit={t.admin.create} />
    </Layout>
  );
}

/** One activity: change its name, place and schedule; cancel (or restore) single sessions. */
export function AdminActivityPage(p: { page: PageContext; v: ActivityValues; sites: SiteChoice[]; zone: string; cancelled: DateRow[]; cancellable: string[]; flash?: string }) {
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
      <ActivityForm t={t} action={base} v={p.v} sites={p.sites} submit={t.admin.save} existing />
      <CancelDates t={t} base={base} zone={p.zone} cancelled={p.cancelled} cancellable={p.cancellable} />
    </Layout>
  );
}

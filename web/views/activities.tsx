import type { ClientCatalogue } from '../i18n/catalogue';
import { SiteNoticeList, type SiteNotice } from './home';
import { Layout, type ClientPageContext } from './layout';
import { clockOfIso, keepLtr, longDate } from '../i18n/time-format';

type CohortLoad = { name: string; size: number; members: number; free: number };
export type SessionLoad = { date: string; start: string; end: string; cancelled: boolean; reason: string | null; cohorts: CohortLoad[] };
export type ActivityListing = { slug: string; name: string; place: string; timezone: string; waiting: number; sessions: SessionLoad[] };

/** An en dash that a line never breaks at (word joiners either side): a narrow table cell keeps "17:00–18:30" whole. */
const unbrokenDash = '\u2060–\u2060';

export function sessionWhen(t: ClientCatalogue, s: SessionLoad, zone: string) {
  return `${longDate(t, s.date, zone, 'medium')} ${keepLtr(t, `${clockOfIso(t, s.start, zone)}${unbrokenDash}${clockOfIso(t, s.end, zone)}`)}`;
}

/** Each activity's next sessions with the free places in each group; staff also get their links. */
export function ActivitiesPage({ page, activities, notices }: { page: ClientPageContext; activities: ActivityListing[]; notices: SiteNotice[] }) {
  const { t, user } = page;
  const a = t.outreach.activities;
  const staff = user?.role === 'staff' || user?.role === 'admin';
  // The links for the crew are in the staff language, marked so when the page is in another.
  const staffLang = page.staff.lang === page.lang ? undefined : page.staff.lang;
  return (
    <Layout page={page} title={a.title} description={page.staff.t.descriptions.activities} bare={!user}>
      <h1>{a.title}</h1>
      <p>{a.intro}</p>
      <SiteNoticeList page={page} notices={notices} />
      {activities.length === 0 ? <p>{a.none}</p> : null}
      {activities.map((act) => (
        <section class="activity" aria-labelledby={`act-${act.slug}`} data-activity={act.slug}>
          <h2 id={`act-${act.slug}`}>{act.name}</h2>
          {act.place ? <p class="muted">{act.place}</p> : null}
          {act.sessions.length === 0 ? (
            <p>{a.noSessions}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{a.next}</th>
                  {act.sessions[0]!.cohorts.map((c) => (
                    <th scope="col">{a.group(c.name)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {act.sessions.map((s) => (
                  <tr class={s.cancelled ? 'is-cancelled' : undefined} data-date={s.date}>
                    <th scope="row">
                      {s.cancelled ? <s>{sessionWhen(t, s, act.timezone)}</s> : sessionWhen(t, s, act.timezone)}
                      {s.cancelled ? <div class="bad-text">{a.cancelled(s.reason ?? '')}</div> : null}
                    </th>
                    {s.cohorts.map((c) => (
                      <td data-cohort={c.name}>{s.cancelled ? '–' : a.free(c.free, c.size)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {act.waiting > 0 ? <p>{a.waiting(act.waiting)}</p> : null}
          <ul class="links">
            <li>
              <a href={`/calendar/activities/${act.slug}.ics`}>{a.calendar}</a>
            </li>
            {staff ? (
              <li>
                <a href={`/staff/activities/${act.slug}`} lang={staffLang} dir={page.dir === 'rtl' ? 'ltr' : undefined}>
                  {page.staff.t.outreach.activities.manage}
                </a>
              </li>
            ) : user ? (
              <li>
                <a href={`/volunteer/activities/${act.slug}`} lang={staffLang} dir={page.dir === 'rtl' ? 'ltr' : undefined}>
                  {page.staff.t.outreach.enrol.attendance}
                </a>
              </li>
            ) : null}
          </ul>
        </section>
      ))}
    </Layout>
  );
}

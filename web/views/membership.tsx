import { SiteNoticeList, type SiteNotice } from './home';
import { Layout, type ClientPageContext } from './layout';
import { sessionWhen, type SessionLoad } from './activities';

type MembershipFacts = {
  code: string;
  activity: { name: string; place: string };
  timezone: string;
  cohort: string | null;
  status: 'active' | 'left';
  waiting: number | null;
  movedIn: boolean;
  next: SessionLoad[];
};

/** A member's page: the group, or the place on the waiting list, and the next sessions. */
export function MembershipPage({ page, m, notices }: { page: ClientPageContext; m: MembershipFacts; notices: SiteNotice[] }) {
  const { t } = page;
  const p = t.outreach.membership;
  return (
    <Layout page={page} title={p.title} narrow bare noindex>
      <article class="ticket membership">
        <h1 class="label">{p.title}</h1>
        {m.cohort && m.status === 'active' ? <p class="time">{t.outreach.activities.group(m.cohort)}</p> : null}
        {m.movedIn && m.cohort && m.status === 'active' ? (
          <p class="message ok" role="status">
            {p.movedIn(m.cohort)}
          </p>
        ) : null}
        {m.waiting ? <p class="message warn">{p.waiting(m.waiting)}</p> : null}
        {m.status === 'left' ? <p class="message bad">{p.left}</p> : null}
        <dl>
          <dt>{p.activity}</dt>
          <dd>
            <bdi>{m.activity.name}</bdi>
          </dd>
          {m.activity.place ? (
            <>
              <dt>{p.place}</dt>
              <dd>
                <bdi>{m.activity.place}</bdi>
              </dd>
            </>
          ) : null}
          <dt>{p.code}</dt>
          <dd class="code-text">
            <bdi dir="ltr">{m.code}</bdi>
          </dd>
        </dl>
        {m.next.length ? (
          <section>
            <h2>{p.next}</h2>
            <ul>
              {m.next.map((s) => (
                <li>
                  {s.cancelled ? <s>{sessionWhen(t, s, m.timezone)}</s> : sessionWhen(t, s, m.timezone)}
                  {s.cancelled ? ` – ${t.outreach.activities.cancelled(s.reason ?? '')}` : ''}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
      <SiteNoticeList page={page} notices={notices} />
    </Layout>
  );
}

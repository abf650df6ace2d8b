import { Hono } from 'hono';
import { activitySessions, findActivityById, listActivities } from '../../db/activities';
import { bikeSchedule, type ScheduledStop } from '../../db/bike-stops';
import { parseMembershipNotice, waitingPosition } from '../../db/memberships';
import { formatCode } from '../../domain/codes';
import { cohortName } from '../../domain/cohorts';
import { addDays, isLocalDate, todayIn } from '../../domain/local-date';
import { ActivitiesPage } from '../../../web/views/activities';
import { BikePage } from '../../../web/views/bike';
import { posterWeek } from '../../domain/date-range';
import { BikePoster } from '../../../web/views/bike-poster';
import { MembershipPage } from '../../../web/views/membership';
import { lookUpMembershipForCaller } from '../../http/guarded-lookup';
import { publicBase, type PageEnv } from './page-env';
import { siteNotices } from './site-notices';

const ZONE = 'Europe/Oslo';
const SESSIONS_SHOWN = 3;

/** The public outreach pages: where the bike is, the activities, a member's own page. */
export function outreachPages() {
  return new Hono<PageEnv>()
    .get('/bike', async (c) => {
      const services = c.get('services');
      const now = services.now();
      // Each stop's today is its own zone's; a day either side of Oslo's covers every zone.
      const oslo = todayIn(ZONE, now);
      const isToday = (o: ScheduledStop) => o.date === todayIn(o.timezone, now);
      const week = (await bikeSchedule(services, addDays(oslo, -1), addDays(oslo, 7))).filter((o) => {
        const today = todayIn(o.timezone, now);
        return o.date >= today && o.date <= addDays(today, 6);
      });
      const notices = await siteNotices(c, null);
      return c.html(<BikePage page={c.get('page').client} today={week.filter(isToday)} later={week.filter((o) => !isToday(o))} notices={notices} />);
    })
    .get('/bike/poster', async (c) => {
      const services = c.get('services');
      const asked = c.req.query('from');
      const today = todayIn(ZONE, services.now());
      const from = asked && isLocalDate(asked) ? asked : posterWeek(today).from;
      const to = addDays(from, 6);
      const stops = await bikeSchedule(services, from, to);
      return c.html(<BikePoster page={c.get('page').client} from={from} to={to} stops={stops} url={`${publicBase(c)}/bike`} />);
    })
    .get('/activities', async (c) => {
      const services = c.get('services');
      const all = await listActivities(services);
      const activities = await Promise.all(
        all.map(async (a) => {
          const today = todayIn(a.timezone, services.now());
          const { sessions, waiting } = await activitySessions(services, a, today, addDays(today, 27));
          return { slug: a.slug, name: a.name, place: a.place || a.siteName || '', timezone: a.timezone, waiting, sessions: sessions.slice(0, SESSIONS_SHOWN) };
        }),
      );
      return c.html(<ActivitiesPage page={c.get('page').client} activities={activities} notices={await siteNotices(c, null)} />);
    })
    .get('/m/:code', async (c) => {
      const services = c.get('services');
      c.header('Cache-Control', 'no-store');
      c.header('X-Robots-Tag', 'noindex');
      const m = await lookUpMembershipForCaller(c as never, c.req.param('code'));
      const a = await findActivityById(services, m.activityId);
      const today = todayIn(a.timezone, services.now());
      const inCohort = m.status === 'active' && m.cohort !== null;
      const { sessions } = inCohort ? await activitySessions(services, a, today, addDays(today, 27)) : { sessions: [] };
      const facts = {
        code: formatCode(m.code),
        activity: { name: a.name, place: a.place || a.siteName || '' },
        timezone: a.timezone,
        cohort: m.cohort === null ? null : cohortName(m.cohort),
        status: m.status,
        waiting: await waitingPosition(services, m),
        movedIn: parseMembershipNotice(m.notice)?.kind === 'moved_in',
        next: sessions.slice(0, 4),
      };
      return c.html(<MembershipPage page={c.get('page').client} m={facts} notices={await siteNotices(c, a.siteId)} />);
    });
}

import { Hono, type Context } from 'hono';
import {
  activitySessions,
  activityView,
  cancelSession,
  cohortLoad,
  createActivity,
  findActivity,
  findActivityById,
  listActivities,
  uncancelSession,
  updateActivity,
  type ActivityRow,
} from '../db/activities';
import { recordAttendance, sessionRoster, skipSession, unskipSession } from '../db/attendance';
import { findMembership, joinActivity, leaveActivity, parseMembershipNotice, requireMembership, waitingPosition, type MembershipRow } from '../db/memberships';
import { formatCode } from '../domain/codes';
import { cohortIndex, cohortName } from '../domain/cohorts';
import { dateRange } from '../domain/date-range';
import { DomainError } from '../domain/errors';
import { addDays, isoInZone, todayIn } from '../domain/local-date';
import { requireRole } from '../http/authenticate';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { parseWith, validate } from '../http/validate';
import { localDateSchema } from '../schemas/common';
import { attendanceSchema, cancellationSchema, codeBodySchema, createActivitySchema, joinSchema, rangeQuerySchema, updateActivitySchema } from '../schemas/outreach';
import { negotiateLang } from '../../web/i18n/negotiate';
import { guardedLookup } from '../http/guarded-lookup';

const base = '/api/activities';
documented({ method: 'get', path: base, summary: 'List the activities with members and free places', role: 'public', success: 200 });
documented({ method: 'post', path: base, summary: 'Create an activity with cohorts', role: 'admin', body: createActivitySchema, success: 201 });
documented({ method: 'get', path: `${base}/:act`, summary: 'One activity', role: 'public', success: 200 });
documented({ method: 'patch', path: `${base}/:act`, summary: 'Change name, place or schedule (not the cohorts)', role: 'admin', body: updateActivitySchema, success: 200 });
documented({ method: 'get', path: `${base}/:act/sessions`, summary: 'Sessions in a range with members and free places per cohort', role: 'public', query: rangeQuerySchema, success: 200 });
documented({ method: 'get', path: `${base}/:act/sessions/:date`, summary: "One session's list: members per cohort, attendance, skips", role: 'volunteer', success: 200 });
documented({ method: 'post', path: `${base}/:act/members`, summary: 'Join: a place in a cohort, or the waiting list (waitlist: true)', role: 'staff', body: joinSchema, success: 201 });
documented({ method: 'get', path: `${base}/:act/members/:code`, summary: "A membership by its code: cohort, waiting place, notice", role: 'public', success: 200 });
documented({ method: 'delete', path: `${base}/:act/members/:code`, summary: 'Leave; the first waiting member moves in', role: 'staff', success: 204 });
documented({ method: 'post', path: `${base}/:act/sessions/:date/skips`, summary: 'Skip one session, keeping the place', role: 'staff', body: codeBodySchema, success: 201 });
documented({ method: 'delete', path: `${base}/:act/sessions/:date/skips/:code`, summary: 'Undo a skip', role: 'staff', success: 204 });
documented({ method: 'post', path: `${base}/:act/sessions/:date/attendance`, summary: 'Mark present or absent', role: 'volunteer', body: attendanceSchema, success: 200 });
documented({ method: 'post', path: `${base}/:act/cancellations`, summary: 'Cancel one session', role: 'staff', body: cancellationSchema, success: 201 });
documented({ method: 'delete', path: `${base}/:act/cancellations/:date`, summary: 'Undo a cancellation', role: 'staff', success: 204 });
documented({ method: 'get', path: '/api/memberships/:code', summary: 'A membership by its code', role: 'public', success: 200 });

function cohortFromInput(a: ActivityRow, cohort: string | number | undefined): number | undefined {
  if (cohort === undefined) return undefined;
  const index = typeof cohort === 'number' ? (cohort < a.cohorts ? cohort : null) : cohortIndex(cohort, a.cohorts);
  if (index === null) throw new DomainError(400, 'invalid_input', `${a.name} has no cohort ${cohort}.`, { fields: [{ field: 'cohort', message: 'no such cohort' }] });
  return index;
}

const noticeTexts = {
  nb: (cohort: string) => `Du har fått plass! Du er nå med i gruppe ${cohort}.`,
  en: (cohort: string) => `You have a place now! You are in group ${cohort}.`,
};

/** Public view of a membership: where it stands, what it was told, the next sessions. Never the note. */
async function membershipView(c: Context<AppEnv>, m: MembershipRow) {
  const services = c.get('services');
  const a = await findActivityById(services, m.activityId);
  const lang = negotiateLang(c.req.query('lang'), undefined, c.req.header('accept-language')) === 'en' ? 'en' : 'nb';
  const notice = parseMembershipNotice(m.notice);
  const cohort = m.cohort === null ? null : cohortName(m.cohort);
  const today = todayIn(a.timezone, services.now());
  const { sessions } = m.status === 'active' && cohort ? await activitySessions(services, a, today, addDays(today, 28)) : { sessions: [] };
  return {
    code: formatCode(m.code),
    activity: { slug: a.slug, name: a.name, place: a.place || a.siteName || '', site: a.siteSlug },
    cohort,
    status: m.status,
    waiting: await waitingPosition(services, m),
    notice: notice && cohort ? noticeTexts[lang](cohort) : null,
    noticeDetail: notice && cohort ? { kind: notice.kind, at: isoInZone(notice.at, a.timezone), cohort } : null,
    nextSessions: sessions.slice(0, 4).map((s) => ({ date: s.date, start: s.start, end: s.end, cancelled: s.cancelled, reason: s.reason })),
  };
}

/** A code typed by the public: misses count against the caller's address, like ticket codes. */
export async function lookUpMembershipForCaller(c: Context<AppEnv>, typed: string, a?: ActivityRow) {
  const found = await guardedLookup(c, (services) => findMembership(services, typed, a));
  if (!found) throw new DomainError(404, 'membership_not_found', 'No membership has that code.');
  return found;
}

export function membershipRoutes() {
  return new Hono<AppEnv>().get('/:code', async (c) => c.json(await membershipView(c, await lookUpMembershipForCaller(c, c.req.param('code')))));
}

export function activityRoutes() {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const services = c.get('services');
      const all = await listActivities(services);
      return c.json(await Promise.all(all.map(async (a) => {
        const { filled, waiting } = await cohortLoad(services, a);
        return activityView(a, filled, waiting);
      })));
    })
    .post('/', requireRole('admin'), validate('json', createActivitySchema), async (c) => {
      return c.json(activityView(await createActivity(c.get('services'), c.req.valid('json'))), 201);
    })
    .get('/:act', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const { filled, waiting } = await cohortLoad(services, a);
      return c.json(activityView(a, filled, waiting));
    })
    .patch('/:act', requireRole('admin'), validate('json', updateActivitySchema), async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      return c.json(activityView(await updateActivity(services, a, c.req.valid('json'))));
    })
    .get('/:act/sessions', validate('query', rangeQuerySchema), async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const { from, to } = dateRange(c.req.valid('query'), todayIn(a.timezone, services.now()), 27);
      return c.json({ activity: a.slug, from, to, ...(await activitySessions(services, a, from, to)) });
    })
    .get('/:act/sessions/:date', requireRole('volunteer'), async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      return c.json(await sessionRoster(services, a, parseWith(localDateSchema, c.req.param('date'))));
    })
    .post('/:act/members', requireRole('staff'), validate('json', joinSchema), async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const input = c.req.valid('json');
      const { membership, waiting } = await joinActivity(services, a, { ...input, cohort: cohortFromInput(a, input.cohort) });
      const cohort = membership.cohort === null ? null : cohortName(membership.cohort);
      return c.json({ code: formatCode(membership.code), activity: a.slug, cohort, waiting }, 201);
    })
    .get('/:act/members/:code', async (c) => {
      const a = await findActivity(c.get('services'), c.req.param('act'));
      return c.json(await membershipView(c, await lookUpMembershipForCaller(c, c.req.param('code'), a)));
    })
    .delete('/:act/members/:code', requireRole('staff'), async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      await leaveActivity(services, a, await requireMembership(services, c.req.param('code'), a));
      return c.body(null, 204);
    })
    .post('/:act/sessions/:date/skips', requireRole('staff'), validate('json', codeBodySchema), async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const m = await requireMembership(services, c.req.valid('json').code, a);
      const date = parseWith(localDateSchema, c.req.param('date'));
      return c.json({ code: formatCode(m.code), ...(await skipSession(services, a, m, date)) }, 201);
    })
    .delete('/:act/sessions/:date/skips/:code', requireRole('staff'), async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const m = await requireMembership(services, c.req.param('code'), a);
      await unskipSession(services, a, m, parseWith(localDateSchema, c.req.param('date')));
      return c.body(null, 204);
    })
    .post('/:act/sessions/:date/attendance', requireRole('volunteer'), validate('json', attendanceSchema), async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const { code, present } = c.req.valid('json');
      const m = await requireMembership(services, code, a);
      return c.json(await recordAttendance(services, a, m, parseWith(localDateSchema, c.req.param('date')), present));
    })
    .post('/:act/cancellations', requireRole('staff'), validate('json', cancellationSchema), async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const { date, reason } = c.req.valid('json');
      return c.json(await cancelSession(services, a, date, reason), 201);
    })
    .delete('/:act/cancellations/:date', requireRole('staff'), async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      await uncancelSession(services, a, parseWith(localDateSchema, c.req.param('date')));
      return c.body(null, 204);
    });
}

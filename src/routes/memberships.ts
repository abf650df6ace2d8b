import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { activitySessions, findActivity, findActivityById, type ActivityRow } from '../db/activities';
import { joinActivity, leaveActivity, parseMembershipNotice, requireMembership, waitingPosition, type MembershipRow } from '../db/memberships';
import { formatCode } from '../domain/codes';
import { cohortIndex, cohortName } from '../domain/cohorts';
import { DomainError } from '../domain/errors';
import { addDays, isoInZone, todayIn } from '../domain/local-date';
import type { AppEnv } from '../http/context';
import { lookUpMembershipForCaller } from '../http/guarded-lookup';
import { apiApp, errors, json, jsonBody, needs, publicAccess } from '../http/openapi';
import { joinSchema } from '../schemas/outreach';
import { joinedSchema, membershipViewSchema, type MembershipView } from '../schemas/outreach-responses';
import { negotiateLang } from '../../web/i18n/negotiate';
import { activityParam } from './activities';

const codeParam = z.object({ code: z.string().describe('the membership code, XXXX-XXXX') });
const memberParam = activityParam.extend(codeParam.shape);
const langQuery = z.object({ lang: z.string().optional().describe('nb (default) or en: the language of the notice') });

const joinRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Join: a place in a cohort (every cohort full: 409), or the waiting list (waitlist: true)',
  ...needs('staff'),
  request: { params: activityParam, body: jsonBody(joinSchema) },
  responses: { 201: json(joinedSchema, 'The membership code and its cohort, or its place on the waiting list'), ...errors(400, 401, 403, 404, 409) },
});
const memberRoute = createRoute({
  method: 'get',
  path: '/{code}',
  summary: 'A membership by its code: cohort, waiting place, notice (unknown codes count against the caller)',
  ...publicAccess,
  request: { params: memberParam, query: langQuery },
  responses: { 200: json(membershipViewSchema, 'The membership; never its note'), ...errors(404, 429) },
});
const leaveRoute = createRoute({
  method: 'delete',
  path: '/{code}',
  summary: 'Leave; the first waiting member moves in',
  ...needs('staff'),
  request: { params: memberParam },
  responses: { 204: { description: 'Left' }, ...errors(401, 403, 404) },
});
const membershipRoute = createRoute({
  method: 'get',
  path: '/{code}',
  summary: 'A membership by its code, whatever the activity (unknown codes count against the caller)',
  ...publicAccess,
  request: { params: codeParam, query: langQuery },
  responses: { 200: json(membershipViewSchema, 'The membership; never its note'), ...errors(404, 429) },
});

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
async function membershipView(c: Context<AppEnv>, m: MembershipRow): Promise<MembershipView> {
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

/** Mounted at /memberships. */
export function membershipRoutes() {
  return apiApp().openapi(membershipRoute, async (c) => c.json(await membershipView(c, await lookUpMembershipForCaller(c, c.req.valid('param').code)), 200));
}

/** An activity's members: join, look up, leave. Mounted at /activities/:act/members. */
export function activityMemberRoutes() {
  return apiApp()
    .openapi(joinRoute, async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.valid('param').act);
      const input = c.req.valid('json');
      const { membership, waiting } = await joinActivity(services, a, { ...input, cohort: cohortFromInput(a, input.cohort) });
      const cohort = membership.cohort === null ? null : cohortName(membership.cohort);
      return c.json({ code: formatCode(membership.code), activity: a.slug, cohort, waiting }, 201);
    })
    .openapi(memberRoute, async (c) => {
      const { act, code } = c.req.valid('param');
      const a = await findActivity(c.get('services'), act);
      return c.json(await membershipView(c, await lookUpMembershipForCaller(c, code, a)), 200);
    })
    .openapi(leaveRoute, async (c) => {
      const services = c.get('services');
      const { act, code } = c.req.valid('param');
      const a = await findActivity(services, act);
      await leaveActivity(services, a, await requireMembership(services, code, a));
      return c.body(null, 204);
    });
}

import { createRoute } from '@hono/zod-openapi';
import { activitySessions, cancelSession, findActivity, uncancelSession } from '../db/activities';
import { recordAttendance, sessionRoster, skipSession, unskipSession } from '../db/attendance';
import { requireMembership } from '../db/memberships';
import { formatCode } from '../domain/codes';
import { dateRange } from '../domain/date-range';
import { todayIn } from '../domain/local-date';
import { apiApp, errors, json, jsonBody, needs, publicAccess } from '../http/openapi';
import { localDateSchema } from '../schemas/common';
import { attendanceSchema, cancellationSchema, codeBodySchema, rangeQuerySchema } from '../schemas/outreach';
import { activitySessionsSchema, attendanceViewSchema, sessionCancellationSchema, sessionRosterSchema, skipViewSchema } from '../schemas/outreach-responses';
import { activityParam } from './activities';

const sessionParam = activityParam.extend({ date: localDateSchema });

const sessionsRoute = createRoute({
  method: 'get',
  path: '/sessions',
  summary: 'Sessions in a range (four weeks by default) with members and free places per cohort',
  ...publicAccess,
  request: { params: activityParam, query: rangeQuerySchema },
  responses: { 200: json(activitySessionsSchema, 'The sessions'), ...errors(400, 404) },
});
const rosterRoute = createRoute({
  method: 'get',
  path: '/sessions/{date}',
  summary: "One session's list: members per cohort, attendance, skips",
  ...needs('volunteer'),
  request: { params: sessionParam },
  responses: { 200: json(sessionRosterSchema, "The session's list"), ...errors(400, 401, 403, 404) },
});
const skipRoute = createRoute({
  method: 'post',
  path: '/sessions/{date}/skips',
  summary: 'Skip one session, keeping the place',
  ...needs('staff'),
  request: { params: sessionParam, body: jsonBody(codeBodySchema) },
  responses: { 201: json(skipViewSchema, 'Noted'), ...errors(400, 401, 403, 404, 409) },
});
const unskipRoute = createRoute({
  method: 'delete',
  path: '/sessions/{date}/skips/{code}',
  summary: 'Undo a skip',
  ...needs('staff'),
  request: { params: sessionParam.extend({ code: codeBodySchema.shape.code }) },
  responses: { 204: { description: 'Coming after all' }, ...errors(400, 401, 403, 404) },
});
const attendanceRoute = createRoute({
  method: 'post',
  path: '/sessions/{date}/attendance',
  summary: 'Mark present or absent',
  ...needs('volunteer'),
  request: { params: sessionParam, body: jsonBody(attendanceSchema) },
  responses: { 200: json(attendanceViewSchema, 'Marked'), ...errors(400, 401, 403, 404, 409) },
});
const cancelRoute = createRoute({
  method: 'post',
  path: '/cancellations',
  summary: 'Cancel one session',
  ...needs('staff'),
  request: { params: activityParam, body: jsonBody(cancellationSchema) },
  responses: { 201: json(sessionCancellationSchema, 'Cancelled'), ...errors(400, 401, 403, 404, 409) },
});
const uncancelRoute = createRoute({
  method: 'delete',
  path: '/cancellations/{date}',
  summary: 'Undo a cancellation',
  ...needs('staff'),
  request: { params: sessionParam },
  responses: { 204: { description: 'The session runs again' }, ...errors(400, 401, 403, 404) },
});

/** An activity's sessions: the schedule, the list at the door, skips, attendance, cancellations. Mounted at /activities/:act. */
export function activitySessionRoutes() {
  return apiApp()
    .openapi(sessionsRoute, async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.valid('param').act);
      const { from, to } = dateRange(c.req.valid('query'), todayIn(a.timezone, services.now()), 27);
      return c.json({ activity: a.slug, from, to, ...(await activitySessions(services, a, from, to)) }, 200);
    })
    .openapi(rosterRoute, async (c) => {
      const services = c.get('services');
      const { act, date } = c.req.valid('param');
      return c.json(await sessionRoster(services, await findActivity(services, act), date), 200);
    })
    .openapi(skipRoute, async (c) => {
      const services = c.get('services');
      const { act, date } = c.req.valid('param');
      const a = await findActivity(services, act);
      const m = await requireMembership(services, c.req.valid('json').code, a);
      return c.json({ code: formatCode(m.code), ...(await skipSession(services, a, m, date)) }, 201);
    })
    .openapi(unskipRoute, async (c) => {
      const services = c.get('services');
      const { act, date, code } = c.req.valid('param');
      const a = await findActivity(services, act);
      await unskipSession(services, a, await requireMembership(services, code, a), date);
      return c.body(null, 204);
    })
    .openapi(attendanceRoute, async (c) => {
      const services = c.get('services');
      const { act, date } = c.req.valid('param');
      const a = await findActivity(services, act);
      const { code, present } = c.req.valid('json');
      const m = await requireMembership(services, code, a);
      return c.json(await recordAttendance(services, a, m, date, present), 200);
    })
    .openapi(cancelRoute, async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.valid('param').act);
      const { date, reason } = c.req.valid('json');
      return c.json(await cancelSession(services, a, date, reason, c.get('user')), 201);
    })
    .openapi(uncancelRoute, async (c) => {
      const services = c.get('services');
      const { act, date } = c.req.valid('param');
      await uncancelSession(services, await findActivity(services, act), date, c.get('user'));
      return c.body(null, 204);
    });
}

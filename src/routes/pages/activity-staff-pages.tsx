import { Hono } from 'hono';
import { z } from 'zod';
import { activitySessions, findActivity, isSessionDate } from '../../db/activities';
import { recordAttendance, sessionRoster } from '../../db/attendance';
import { activeMembers, findMembership, joinActivity, leaveActivity, requireMembership, waitingPosition } from '../../db/memberships';
import { traceCode } from '../../db/tracing';
import { formatCode } from '../../domain/codes';
import { cohortIndex, cohortName } from '../../domain/cohorts';
import { dateRange } from '../../domain/date-range';
import { DomainError } from '../../domain/errors';
import { addDays, isLocalDate, todayIn } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { sessionWhen } from '../../../web/views/activities';
import { AttendancePage } from '../../../web/views/attendance';
import { MembershipSlips } from '../../../web/views/membership-slips';
import { printLayouts, type PrintLayout } from '../../../web/views/print-sheet';
import { StaffActivityPage, type Flash } from '../../../web/views/staff-activity';
import { TracingPage, type TraceResult } from '../../../web/views/tracing';
import type { FieldErrors } from '../../../web/views/form-field';
import type { JoinTyped } from '../../../web/views/staff-activity';
import { fieldErrorsOf, orFormAgain } from './form-state';
import { requirePageRole } from './page-errors';
import { publicBase, type PageCtx, type PageEnv } from './page-env';

const text = z.string().optional().default('');
const joinForm = z.object({ cohort: text, note: text, waitlist: text });
const joinInput = z.object({ note: z.string().trim().max(200).optional() });
const attendanceForm = z.object({ code: z.string().min(1).max(20), date: z.string().refine(isLocalDate), present: z.enum(['0', '1']) });
const MAX_SLIPS = 200;

async function enrolPage(c: PageCtx, slug: string, flash?: Flash, refused?: { typed: JoinTyped; errors: FieldErrors }) {
  const services = c.get('services');
  const a = await findActivity(services, slug);
  const members = await activeMembers(services, a);
  return <StaffActivityPage page={c.get('page')} a={a} members={members} today={todayIn(a.timezone, services.now())} flash={flash} refused={refused} />;
}

/** Staff: enrol, print membership slips, trace. Volunteers: attendance on the tablet. */
export function activityStaffPages() {
  return new Hono<PageEnv>()
    .use('/staff/activities/*', requirePageRole('staff'))
    .use('/staff/tracing', requirePageRole('staff'))
    .use('/volunteer/activities/*', requirePageRole('volunteer'))
    .get('/staff/activities/:act', async (c) => {
      const services = c.get('services');
      const { t } = c.get('page');
      const e = t.outreach.enrol;
      let flash: Flash | undefined;
      const joined = c.req.query('joined');
      if (c.req.query('left')) flash = { kind: 'ok', text: e.left };
      if (joined) {
        const m = await findMembership(services, joined);
        const waiting = m ? await waitingPosition(services, m) : null;
        if (m?.cohort != null) flash = { kind: 'ok', text: e.joined(formatCode(m.code), cohortName(m.cohort)), slipCode: m.code };
        else if (m && waiting) flash = { kind: 'ok', text: e.waitingJoined(formatCode(m.code), waiting), slipCode: m.code };
      }
      return c.html(await enrolPage(c, c.req.param('act'), flash));
    })
    .post('/staff/activities/:act/members', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const form = parseWith(joinForm, await c.req.parseBody());
      const { t } = c.get('page');
      // A full activity or a mistyped note is an everyday answer at the door: the same page, as typed.
      return orFormAgain(
        c,
        t,
        async () => {
          const cohort = form.cohort ? cohortIndex(form.cohort, a.cohorts) : undefined;
          if (cohort === null) throw new DomainError(400, 'invalid_input', 'No such group.', { fields: [{ field: 'cohort', message: 'no such group' }] });
          const { note } = parseWith(joinInput, { note: form.note.trim() || undefined });
          const { membership } = await joinActivity(services, a, { cohort, note, waitlist: form.waitlist === '1' });
          return c.redirect(`/staff/activities/${a.slug}?joined=${membership.code}`, 303);
        },
        (errors, error) => {
          const e = t.outreach.enrol;
          const full: FieldErrors = error.code === 'cohort_full' ? { cohort: e.cohortFull } : error.code === 'activity_full' ? { cohort: e.full } : {};
          return enrolPage(c, a.slug, undefined, { typed: form, errors: { ...errors, ...full } });
        },
      );
    })
    .post('/staff/activities/:act/members/:code/leave', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      await leaveActivity(services, a, await requireMembership(services, c.req.param('code'), a));
      return c.redirect(`/staff/activities/${a.slug}?left=1`, 303);
    })
    .get('/staff/activities/:act/slips/:layout', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const layout = parseWith(z.enum(printLayouts), c.req.param('layout')) as PrintLayout;
      const codes = (c.req.query('codes') ?? '').split(',').filter(Boolean).slice(0, MAX_SLIPS);
      const members = (await Promise.all(codes.map((code) => findMembership(services, code, a)))).filter((m) => m !== null);
      if (members.length === 0) throw new DomainError(404, 'membership_not_found', 'No membership has that code.');
      const today = todayIn(a.timezone, services.now());
      const next = (await activitySessions(services, a, today, addDays(today, 60))).sessions.find((s) => !s.cancelled);
      const { t } = c.get('page').client; // the slip's language, which may be a client-only one
      const when = next ? `${t.outreach.activities.next}: ${sessionWhen(t, next, a.timezone)}` : '';
      const activity = { name: a.name, place: a.place || a.siteName || '', when };
      return c.html(<MembershipSlips page={c.get('page')} activity={activity} members={members} layout={layout} base={publicBase(c)} back={`/staff/activities/${a.slug}`} />);
    })
    .get('/volunteer/activities/:act', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const asked = c.req.query('date');
      const date = asked && isLocalDate(asked) ? asked : todayIn(a.timezone, services.now());
      const roster = isSessionDate(a, date) ? await sessionRoster(services, a, date) : null;
      return c.html(<AttendancePage page={c.get('page')} activity={a} date={date} roster={roster} />);
    })
    .post('/volunteer/activities/:act/attendance', async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.param('act'));
      const form = parseWith(attendanceForm, await c.req.parseBody());
      // A tap refused (a day with no session, a code not in the group) shows the list again with why.
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const m = await requireMembership(services, form.code, a);
          await recordAttendance(services, a, m, form.date, form.present === '1');
          return c.redirect(`/volunteer/activities/${a.slug}?date=${form.date}`, 303);
        },
        async (errors) => {
          const roster = isSessionDate(a, form.date) ? await sessionRoster(services, a, form.date) : null;
          return <AttendancePage page={c.get('page')} activity={a} date={form.date} roster={roster} errors={{ date: Object.values(errors)[0]! }} />;
        },
      );
    })
    .get('/staff/tracing', async (c) => {
      const services = c.get('services');
      const today = todayIn('Europe/Oslo', services.now());
      const code = c.req.query('code')?.trim() ?? '';
      const askedFrom = c.req.query('from');
      const askedTo = c.req.query('to');
      const from = askedFrom && isLocalDate(askedFrom) ? askedFrom : addDays(today, -services.settings.retentionDays);
      const to = askedTo && isLocalDate(askedTo) ? askedTo : today;
      let result: TraceResult = null;
      let errors: FieldErrors | undefined;
      let status: 200 | 400 | 404 = 200;
      if (code) {
        try {
          const range = dateRange({ from, to }, today, services.settings.retentionDays);
          result = await traceCode(services, c.get('user'), code, range.from, range.to);
        } catch (e) {
          if (!(e instanceof DomainError) || (e.status !== 404 && e.status !== 400)) throw e;
          const { t } = c.get('page');
          errors = e.status === 404 ? { code: t.outreach.tracing.notFound } : (fieldErrorsOf(e, t) ?? {});
          status = e.status;
        }
      }
      return c.html(<TracingPage page={c.get('page')} code={code} from={from} to={to} result={result} errors={errors} />, status);
    });
}

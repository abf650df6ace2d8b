import { and, asc, eq, inArray, isNotNull, lt, or } from 'drizzle-orm';
import { formatCode } from '../domain/codes';
import { cohortName } from '../domain/cohorts';
import { DomainError } from '../domain/errors';
import { isoInZone } from '../domain/local-date';
import { occurrences } from '../domain/recurrence/dates';
import type { Services } from '../services';
import { assertSessionDate, sessionCancellation, type ActivityRow } from './activities';
import type { MembershipRow } from './memberships';
import { attendance, memberships, sessionSkips } from './schema';

function assertInCohort(m: MembershipRow) {
  if (m.cohort === null) throw new DomainError(409, 'not_in_cohort', 'That member is still on the waiting list.');
}

/** A member will not come to one session but keeps the place in the cohort. */
export async function skipSession(services: Services, a: ActivityRow, m: MembershipRow, date: string) {
  assertSessionDate(a, date);
  if (m.status !== 'active') throw new DomainError(409, 'membership_ended', 'That membership has ended.');
  assertInCohort(m);
  await services.db.insert(sessionSkips).values({ membershipId: m.id, date, createdAt: services.now() }).onConflictDoNothing();
  return { date, skipping: true };
}

export async function unskipSession({ db }: Services, a: ActivityRow, m: MembershipRow, date: string) {
  assertSessionDate(a, date);
  await db.delete(sessionSkips).where(and(eq(sessionSkips.membershipId, m.id), eq(sessionSkips.date, date)));
}

/** Present or absent at one session; saying it again corrects it. */
export async function recordAttendance(services: Services, a: ActivityRow, m: MembershipRow, date: string, present: boolean) {
  assertSessionDate(a, date);
  assertInCohort(m);
  const cancelled = await sessionCancellation(services, a, date);
  if (cancelled) throw new DomainError(409, 'session_cancelled', `The session on ${date} is cancelled: ${cancelled.reason}`);
  const recordedAt = services.now();
  await services.db
    .insert(attendance)
    .values({ membershipId: m.id, date, present, recordedAt })
    .onConflictDoUpdate({ target: [attendance.membershipId, attendance.date], set: { present, recordedAt } });
  return { code: formatCode(m.code), date, present, cohort: cohortName(m.cohort!) };
}

/**
 * One session's list for the tablet at the door: each cohort's members with their attendance
 * and whether they said they would skip. Members who left since still show if they were marked.
 */
export async function sessionRoster(services: Services, a: ActivityRow, date: string) {
  assertSessionDate(a, date);
  const { db } = services;
  const [occurrence] = occurrences({ rule: a.rrule, startsOn: a.startsOn, until: a.until, startTime: a.startTime, durationMinutes: a.durationMinutes, zone: a.timezone, from: date, to: date });
  const marked = db.select({ id: attendance.membershipId }).from(attendance).where(eq(attendance.date, date));
  const [members, marks, skips, cancelled] = await Promise.all([
    db
      .select()
      .from(memberships)
      // Those marked that day, and the active members who had joined by the session's end: one
      // who joined later was not enrolled then (and would wrongly be traced as met).
      .where(
        and(
          eq(memberships.activityId, a.id),
          isNotNull(memberships.cohort),
          or(inArray(memberships.id, marked), and(eq(memberships.status, 'active'), lt(memberships.joinedAt, occurrence!.end))),
        ),
      )
      .orderBy(asc(memberships.id))
      .all(),
    db
      .select({ id: attendance.membershipId, present: attendance.present })
      .from(attendance)
      .innerJoin(memberships, eq(memberships.id, attendance.membershipId))
      .where(and(eq(memberships.activityId, a.id), eq(attendance.date, date)))
      .all(),
    db
      .select({ id: sessionSkips.membershipId })
      .from(sessionSkips)
      .innerJoin(memberships, eq(memberships.id, sessionSkips.membershipId))
      .where(and(eq(memberships.activityId, a.id), eq(sessionSkips.date, date)))
      .all(),
    sessionCancellation(services, a, date),
  ]);
  const present = new Map(marks.map((r) => [r.id, r.present]));
  const skipping = new Set(skips.map((r) => r.id));
  return {
    activity: a.slug,
    date,
    start: isoInZone(occurrence!.start, a.timezone),
    end: isoInZone(occurrence!.end, a.timezone),
    cancelled: cancelled !== null,
    reason: cancelled?.reason ?? null,
    cohorts: Array.from({ length: a.cohorts }, (_, i) => ({
      name: cohortName(i),
      size: a.cohortSize,
      members: members
        .filter((m) => m.cohort === i)
        .map((m) => ({
          code: formatCode(m.code),
          present: present.get(m.id) ?? null,
          skipping: skipping.has(m.id),
          left: m.status === 'left',
          note: m.note,
        })),
    })),
  };
}

/** Retention: attendance older than the cut-off date goes (SPEC: tickets, attendance and notes). */
export async function deleteAttendanceBefore({ db }: Services, date: string) {
  await db.delete(attendance).where(lt(attendance.date, date));
  await db.delete(sessionSkips).where(lt(sessionSkips.date, date));
}

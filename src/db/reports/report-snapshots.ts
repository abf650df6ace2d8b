import { and, eq, isNotNull, lt, sql } from 'drizzle-orm';
import { addDays, todayIn } from '../../domain/local-date';
import { recurringDates } from '../../domain/recurrence/dates';
import type { Services } from '../../services';
import { slotsOn } from '../day-plan';
import { liveEnrolment } from './report-enrolment';
import { activities, attendance, attendanceCounts, dailyCounts, distributions, memberships, sites } from '../schema';

// D1 binds at most 100 parameters a statement; a daily_counts row binds 7.
const ROWS_PER_STATEMENT = 14;
// Days already over whose plan is frozen on each run: past the retention cut-off, so a day is
// frozen before its tickets go even if the clean-up missed a few days.
const extraDays = 7;

/**
 * Freezes what a report says about days already over: each opening day's seats and each past
 * session's cohort sizes, as they are now. A later change to a distribution or a cohort then
 * shows in the report from the day it was made instead of rewriting the past. Rows already
 * frozen keep their value.
 */
export async function freezePastPlans(services: Services) {
  const windowDays = services.settings.retentionDays + extraDays;
  await freezeCapacities(services, windowDays);
  await freezeEnrolment(services, windowDays);
}

async function freezeCapacities(services: Services, windowDays: number) {
  const { db } = services;
  const rows = await db.select({ d: distributions, zone: sites.timezone }).from(distributions).innerJoin(sites, eq(sites.id, distributions.siteId)).all();
  const frozen: (typeof dailyCounts.$inferInsert)[] = [];
  for (const { d, zone } of rows) {
    const yesterday = addDays(todayIn(zone, services.now()), -1);
    for (const date of recurringDates(d.rrule, d.startsOn, d.until, addDays(yesterday, -windowDays), yesterday)) {
      const capacity = slotsOn(d, date, zone).length * d.perSlot;
      frozen.push({ distributionId: d.id, date, booked: 0, pickedUp: 0, noShow: 0, cancelled: 0, capacity });
    }
  }
  for (let i = 0; i < frozen.length; i += ROWS_PER_STATEMENT) {
    await db
      .insert(dailyCounts)
      .values(frozen.slice(i, i + ROWS_PER_STATEMENT))
      .onConflictDoUpdate({ target: [dailyCounts.distributionId, dailyCounts.date], set: { capacity: sql`coalesce(${dailyCounts.capacity}, excluded.capacity)` } });
  }
}

async function freezeEnrolment(services: Services, windowDays: number) {
  const { db } = services;
  const all = await db.select().from(activities).all();
  const oldest = await db.select({ date: sql<string | null>`min(${attendance.date})` }).from(attendance).get();
  const today = todayIn('UTC', services.now());
  // Sessions whose attendance is about to go must be frozen too, however far back they are.
  const from = [oldest?.date, addDays(today, -windowDays - 1)].filter((d): d is string => !!d).sort()[0]!;
  const enrolledAt = await liveEnrolment(services, from, today);
  const frozen: (typeof attendanceCounts.$inferInsert)[] = [];
  for (const a of all) {
    const yesterday = addDays(todayIn(a.timezone, services.now()), -1);
    for (const date of recurringDates(a.rrule, a.startsOn, a.until, from, yesterday)) {
      for (let cohort = 0; cohort < a.cohorts; cohort++) frozen.push({ activityId: a.id, date, cohort, enrolled: enrolledAt(a.id, date, cohort), attended: 0 });
    }
  }
  for (let i = 0; i < frozen.length; i += ROWS_PER_STATEMENT) {
    await db
      .insert(attendanceCounts)
      .values(frozen.slice(i, i + ROWS_PER_STATEMENT))
      .onConflictDoUpdate({
        target: [attendanceCounts.activityId, attendanceCounts.date, attendanceCounts.cohort],
        set: { enrolled: sql`coalesce(${attendanceCounts.enrolled}, excluded.enrolled)` },
      });
  }
}

/**
 * Attendance before `date` becomes per-cohort counts, in one atomic unit with its deletion so
 * nothing is counted twice or lost uncounted (as tickets become daily counts).
 */
export async function foldAttendanceBefore(services: Services, date: string) {
  const { db } = services;
  const old = lt(attendance.date, date);
  await services.store.atomic([
    db
      .insert(attendanceCounts)
      .select(
        db
          .select({
            activityId: memberships.activityId,
            date: attendance.date,
            cohort: sql<number>`${memberships.cohort}`.as('cohort'),
            enrolled: sql<null>`null`.as('enrolled'),
            attended: sql<number>`sum(${attendance.present})`.as('attended'),
          })
          .from(attendance)
          .innerJoin(memberships, eq(memberships.id, attendance.membershipId))
          .where(and(old, isNotNull(memberships.cohort)))
          .groupBy(memberships.activityId, attendance.date, memberships.cohort),
      )
      .onConflictDoUpdate({
        target: [attendanceCounts.activityId, attendanceCounts.date, attendanceCounts.cohort],
        set: { attended: sql`${attendanceCounts.attended} + excluded.attended` },
      })
      .returning({ date: attendanceCounts.date }),
    db.delete(attendance).where(old).returning({ date: attendance.date }),
  ]);
}


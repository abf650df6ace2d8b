import { and, between, eq, isNull, or, sql } from 'drizzle-orm';
import { cohortName } from '../../domain/cohorts';
import { todayIn } from '../../domain/local-date';
import { recurringDates } from '../../domain/recurrence/dates';
import type { ReportActivity } from '../../schemas/reports';
import type { Services } from '../../services';
import { liveEnrolment } from './report-enrolment';
import { activities, activityCancellations, attendance, attendanceCounts, memberships } from '../schema';

/**
 * One row per session and cohort in [from, to] (cancelled sessions left out): how many were in
 * the cohort and how many came. An activity of no one place shows in every place's report. Like the daily counts, the kept counts plus the live attendance,
 * so the numbers do not change when the clean-up folds one into the other.
 */
export async function reportActivities(services: Services, from: string, to: string, siteId: number | null): Promise<ReportActivity[]> {
  const { db } = services;
  const [all, kept, live, cancelled, enrolledAt] = await Promise.all([
    db.select().from(activities).where(siteId === null ? undefined : or(eq(activities.siteId, siteId), isNull(activities.siteId))).orderBy(activities.name).all(),
    db.select().from(attendanceCounts).where(between(attendanceCounts.date, from, to)).all(),
    db
      .select({ activityId: memberships.activityId, date: attendance.date, cohort: memberships.cohort, attended: sql<number>`sum(${attendance.present})` })
      .from(attendance)
      .innerJoin(memberships, eq(memberships.id, attendance.membershipId))
      .where(and(between(attendance.date, from, to)))
      .groupBy(memberships.activityId, attendance.date, memberships.cohort)
      .all(),
    db.select({ activityId: activityCancellations.activityId, date: activityCancellations.date }).from(activityCancellations).where(between(activityCancellations.date, from, to)).all(),
    liveEnrolment(services, from, to),
  ]);
  const keptBy = new Map(kept.map((k) => [`${k.activityId}|${k.date}|${k.cohort}`, k]));
  const liveBy = new Map(live.map((l) => [`${l.activityId}|${l.date}|${l.cohort}`, Number(l.attended ?? 0)]));
  const cancelledSet = new Set(cancelled.map((c) => `${c.activityId}|${c.date}`));
  const countedDays = new Map<number, string[]>();
  for (const r of [...kept, ...live]) countedDays.set(r.activityId, [...(countedDays.get(r.activityId) ?? []), r.date]);

  const rows: ReportActivity[] = [];
  for (const a of all) {
    // A session still ahead has no attendance to report; it shows once it has happened (or been marked).
    const lastPlanned = [to, todayIn(a.timezone, services.now())].sort()[0]!;
    const dates = new Set([...recurringDates(a.rrule, a.startsOn, a.until, from, lastPlanned), ...(countedDays.get(a.id) ?? [])]);
    for (const date of [...dates].sort()) {
      if (cancelledSet.has(`${a.id}|${date}`)) continue;
      for (let cohort = 0; cohort < a.cohorts; cohort++) {
        const key = `${a.id}|${date}|${cohort}`;
        const k = keptBy.get(key);
        rows.push({
          date,
          activity: a.slug,
          cohort: cohortName(cohort),
          enrolled: k?.enrolled ?? enrolledAt(a.id, date, cohort),
          attended: (k?.attended ?? 0) + (liveBy.get(key) ?? 0),
        });
      }
    }
  }
  return rows;
}

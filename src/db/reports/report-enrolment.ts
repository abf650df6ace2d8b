import { and, between, eq, isNotNull, sql } from 'drizzle-orm';
import type { Services } from '../../services';
import { attendance, memberships } from '../schema';

/** How many were in one cohort at one session, as the door list shows it. */
type EnrolmentLookup = (activityId: number, date: string, cohort: number) => number;

/**
 * The door list of a session holds the cohort's active members and anyone who left since but was
 * marked that day; the report counts the same people, so a list and its report agree.
 */
export async function liveEnrolment({ db }: Services, from: string, to: string): Promise<EnrolmentLookup> {
  const [active, leftMarked] = await Promise.all([
    db
      .select({ activityId: memberships.activityId, cohort: memberships.cohort, n: sql<number>`count(*)` })
      .from(memberships)
      .where(and(eq(memberships.status, 'active'), isNotNull(memberships.cohort)))
      .groupBy(memberships.activityId, memberships.cohort)
      .all(),
    db
      .select({ activityId: memberships.activityId, date: attendance.date, cohort: memberships.cohort, n: sql<number>`count(*)` })
      .from(attendance)
      .innerJoin(memberships, eq(memberships.id, attendance.membershipId))
      .where(and(eq(memberships.status, 'left'), between(attendance.date, from, to)))
      .groupBy(memberships.activityId, attendance.date, memberships.cohort)
      .all(),
  ]);
  const activeBy = new Map(active.map((r) => [`${r.activityId}|${r.cohort}`, Number(r.n)]));
  const leftBy = new Map(leftMarked.map((r) => [`${r.activityId}|${r.date}|${r.cohort}`, Number(r.n)]));
  return (activityId, date, cohort) => (activeBy.get(`${activityId}|${cohort}`) ?? 0) + (leftBy.get(`${activityId}|${date}|${cohort}`) ?? 0);
}

import { lt, sql } from 'drizzle-orm';
import { deleteExpiredSessions } from './sessions';
import type { Services } from '../services';
import { deleteExpiredRateLimits } from './rate-limit';
import { deleteAuditBefore } from './audit';
import { deleteAttendanceBefore } from './attendance';
import { forgetOldMemberships } from './memberships';
import { foldAttendanceBefore, freezePastPlans } from './reports/report-snapshots';
import { todayIn } from '../domain/local-date';
import { dailyCounts, tickets } from './schema';
import { foldRoundsBefore } from './round-retention';

const DAY_MS = 24 * 60 * 60 * 1000;
const countOf = (status: string, alias: string) => sql<number>`sum(${tickets.status} = ${status})`.as(alias);

/**
 * A pickup list for harm-reduction supplies is health data: tickets (with their notes and
 * notices) older than the retention period are deleted, leaving only anonymous per-day counts;
 * so are memberships that have left, every membership's note, and delivery rounds with their
 * stops' labels (PRIVACY.md).
 * Counting and deleting are one atomic unit so nothing is counted twice or lost uncounted.
 */
export async function runRetention(services: Services) {
  const now = services.now();
  const cutoff = now - services.settings.retentionDays * DAY_MS;
  const { db } = services;
  const old = lt(tickets.slotEnd, cutoff);
  // Before anything goes: the plan of days already over (seats, cohort sizes) for the reports.
  await freezePastPlans(services);
  const [, deleted] = await services.store.atomic([
    db
      .insert(dailyCounts)
      .select(
        db
          .select({
            distributionId: tickets.distributionId,
            date: tickets.date,
            booked: countOf('booked', 'booked'),
            pickedUp: countOf('picked_up', 'picked_up'),
            noShow: countOf('no_show', 'no_show'),
            cancelled: countOf('cancelled', 'cancelled'),
            // Frozen separately (freezePastPlans); a folded day never overwrites it.
            capacity: sql<null>`null`.as('capacity'),
          })
          .from(tickets)
          .where(old)
          .groupBy(tickets.distributionId, tickets.date),
      )
      .onConflictDoUpdate({
        target: [dailyCounts.distributionId, dailyCounts.date],
        set: {
          booked: sql`${dailyCounts.booked} + excluded.booked`,
          pickedUp: sql`${dailyCounts.pickedUp} + excluded.picked_up`,
          noShow: sql`${dailyCounts.noShow} + excluded.no_show`,
          cancelled: sql`${dailyCounts.cancelled} + excluded.cancelled`,
        },
      })
      .returning({ date: dailyCounts.date }),
    db.delete(tickets).where(old).returning({ id: tickets.id }),
  ]);
  // Attendance and skips are keyed by the session's local date; a day's slack either way is fine here.
  await foldAttendanceBefore(services, todayIn('UTC', cutoff));
  await deleteAttendanceBefore(services, todayIn('UTC', cutoff));
  const roundsDeleted = await foldRoundsBefore(services, todayIn('UTC', cutoff));
  // After the fold: a deleted membership's attendance goes with it, so it is counted first.
  const members = await forgetOldMemberships(services, cutoff);
  await deleteExpiredSessions(services);
  await deleteExpiredRateLimits(services);
  await deleteAuditBefore(services, now - services.settings.auditDays * DAY_MS);
  return { ticketsDeleted: deleted!.length, roundsDeleted, ...members };
}

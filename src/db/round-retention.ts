import { lt, sql } from 'drizzle-orm';
import type { Services } from '../services';
import { deliveryRounds, roundCounts, roundStops } from './schema';

/**
 * Rounds of days before `cutoffDate` go with their stops (labels can point at a home), leaving
 * per site and day how many rounds, stops, deliveries and not-homes there were. Counting and
 * deleting are one atomic unit, so nothing is counted twice or lost uncounted.
 */
export async function foldRoundsBefore(services: Services, cutoffDate: string) {
  const { db } = services;
  const old = lt(deliveryRounds.date, cutoffDate);
  const oldRounds = db.select({ id: deliveryRounds.id }).from(deliveryRounds).where(old);
  const [, , deleted] = await services.store.atomic([
    db
      .insert(roundCounts)
      .select(
        sql`select r.site_id, r.date, count(distinct r.id), count(s.id),
              coalesce(sum(s.status = 'delivered'), 0), coalesce(sum(s.status = 'not_home'), 0)
            from delivery_rounds r left join round_stops s on s.round_id = r.id
            where r.date < ${cutoffDate}
            group by r.site_id, r.date`,
      )
      .onConflictDoUpdate({
        target: [roundCounts.siteId, roundCounts.date],
        set: {
          rounds: sql`${roundCounts.rounds} + excluded.rounds`,
          stops: sql`${roundCounts.stops} + excluded.stops`,
          delivered: sql`${roundCounts.delivered} + excluded.delivered`,
          notHome: sql`${roundCounts.notHome} + excluded.not_home`,
        },
      })
      .returning({ date: roundCounts.date }),
    db.delete(roundStops).where(sql`${roundStops.roundId} in ${oldRounds}`).returning({ id: roundStops.id }),
    db.delete(deliveryRounds).where(old).returning({ id: deliveryRounds.id }),
  ]);
  return (deleted as unknown[]).length;
}

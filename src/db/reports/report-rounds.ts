import { and, between, eq, sql } from 'drizzle-orm';
import type { ReportRound } from '../../schemas/reports';
import type { Services } from '../../services';
import { deliveryRounds, roundCounts, roundStops, sites } from '../schema';

/**
 * Per site and day in [from, to]: rounds, stops, delivered and not home. The kept counts plus the
 * live rounds: retention moves one into the other in one atomic unit, so the sum holds either side.
 * Numbers only: never a round's name or a stop's label.
 */
export async function reportRounds({ db }: Services, from: string, to: string, siteId: number | null): Promise<ReportRound[]> {
  const [kept, live] = await Promise.all([
    db
      .select({ site: sites.slug, date: roundCounts.date, rounds: roundCounts.rounds, stops: roundCounts.stops, delivered: roundCounts.delivered, notHome: roundCounts.notHome })
      .from(roundCounts)
      .innerJoin(sites, eq(sites.id, roundCounts.siteId))
      .where(and(siteId === null ? undefined : eq(roundCounts.siteId, siteId), between(roundCounts.date, from, to)))
      .all(),
    db
      .select({
        site: sites.slug,
        date: deliveryRounds.date,
        rounds: sql<number>`count(distinct ${deliveryRounds.id})`,
        stops: sql<number>`count(${roundStops.id})`,
        delivered: sql<number>`coalesce(sum(${roundStops.status} = 'delivered'), 0)`,
        notHome: sql<number>`coalesce(sum(${roundStops.status} = 'not_home'), 0)`,
      })
      .from(deliveryRounds)
      .innerJoin(sites, eq(sites.id, deliveryRounds.siteId))
      .leftJoin(roundStops, eq(roundStops.roundId, deliveryRounds.id))
      .where(and(siteId === null ? undefined : eq(deliveryRounds.siteId, siteId), between(deliveryRounds.date, from, to)))
      .groupBy(sites.slug, deliveryRounds.date)
      .all(),
  ]);
  const byDay = new Map<string, ReportRound>();
  for (const r of [...kept, ...live]) {
    const key = `${r.date}|${r.site}`;
    const sum = byDay.get(key) ?? { date: r.date, site: r.site, rounds: 0, stops: 0, delivered: 0, not_home: 0 };
    sum.rounds += Number(r.rounds);
    sum.stops += Number(r.stops);
    sum.delivered += Number(r.delivered);
    sum.not_home += Number(r.notHome);
    byDay.set(key, sum);
  }
  return [...byDay.values()].sort((a, b) => a.date.localeCompare(b.date) || a.site.localeCompare(b.site));
}

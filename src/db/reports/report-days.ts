import { and, between, eq, sql } from 'drizzle-orm';
import { recurringDates } from '../../domain/recurrence/dates';
import type { ReportDay } from '../../schemas/reports';
import type { Services } from '../../services';
import { slotsOn } from '../day-plan';
import { closures, dailyCounts, distributions, sites, tickets } from '../schema';

const countOf = (status: string) => sql<number>`sum(${tickets.status} = ${status})`;

/**
 * One row per distribution and day in [from, to]: every opening day by today's rule, and any
 * other day something was counted or closed. The counts are the kept daily counts plus the live
 * tickets: the clean-up moves tickets into the counts in one atomic unit, so the sum is the same
 * before and after it, on any day.
 */
export async function reportDays(services: Services, from: string, to: string, siteId: number | null): Promise<ReportDay[]> {
  const { db } = services;
  const bySite = siteId === null ? undefined : eq(distributions.siteId, siteId);
  const [plans, kept, live, closed] = await Promise.all([
    db
      .select({ d: distributions, site: sites.slug, zone: sites.timezone })
      .from(distributions)
      .innerJoin(sites, eq(sites.id, distributions.siteId))
      .where(bySite)
      .orderBy(sites.name, distributions.name)
      .all(),
    db.select().from(dailyCounts).innerJoin(distributions, eq(distributions.id, dailyCounts.distributionId)).where(and(bySite, between(dailyCounts.date, from, to))).all(),
    db
      .select({
        distributionId: tickets.distributionId,
        date: tickets.date,
        issued: sql<number>`count(*)`,
        pickedUp: countOf('picked_up'),
        noShow: countOf('no_show'),
        cancelled: countOf('cancelled'),
      })
      .from(tickets)
      .innerJoin(distributions, eq(distributions.id, tickets.distributionId))
      .where(and(bySite, between(tickets.date, from, to)))
      .groupBy(tickets.distributionId, tickets.date)
      .all(),
    db.select({ distributionId: closures.distributionId, date: closures.date }).from(closures).innerJoin(distributions, eq(distributions.id, closures.distributionId)).where(and(bySite, between(closures.date, from, to))).all(),
  ]);

  const keptBy = new Map(kept.map(({ daily_counts: k }) => [`${k.distributionId}|${k.date}`, k]));
  const liveBy = new Map(live.map((l) => [`${l.distributionId}|${l.date}`, l]));
  const closedSet = new Set(closed.map((c) => `${c.distributionId}|${c.date}`));
  const otherDays = new Map<number, string[]>();
  for (const r of [...kept.map((k) => k.daily_counts), ...live, ...closed]) otherDays.set(r.distributionId, [...(otherDays.get(r.distributionId) ?? []), r.date]);
  const rows: ReportDay[] = [];
  for (const { d, site, zone } of plans) {
    const dates = new Set([...recurringDates(d.rrule, d.startsOn, d.until, from, to), ...(otherDays.get(d.id) ?? [])]);
    for (const date of [...dates].sort()) {
      const key = `${d.id}|${date}`;
      const k = keptBy.get(key);
      const l = liveBy.get(key);
      rows.push({
        date,
        site,
        distribution: d.slug,
        capacity: k?.capacity ?? slotsOn(d, date, zone).length * d.perSlot,
        issued: (k ? k.booked + k.pickedUp + k.noShow + k.cancelled : 0) + Number(l?.issued ?? 0),
        picked_up: (k?.pickedUp ?? 0) + Number(l?.pickedUp ?? 0),
        no_show: (k?.noShow ?? 0) + Number(l?.noShow ?? 0),
        cancelled: (k?.cancelled ?? 0) + Number(l?.cancelled ?? 0),
        closed: closedSet.has(key),
      });
    }
  }
  return rows;
}

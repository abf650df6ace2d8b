import { eq } from 'drizzle-orm';
import { activityTotals, distributionTotals, stopTotals } from '../../domain/report-totals';
import type { Report } from '../../schemas/reports';
import type { Services } from '../../services';
import { reportActivities } from './report-activities';
import { reportBike } from './report-bike';
import { reportDays } from './report-days';
import { reportRounds } from './report-rounds';
import { activities, bikeStops, distributions, sites } from '../schema';
import type { SiteRow } from '../sites';

/** The anonymous counts of [from, to] for one place or all, with their sums: numbers only, never a code or a note. */
export async function buildReport(services: Services, from: string, to: string, site: SiteRow | null): Promise<Report> {
  const siteId = site?.id ?? null;
  const { db } = services;
  const [days, bike, sessions, rounds, distNames, stopNames, activityNames] = await Promise.all([
    reportDays(services, from, to, siteId),
    reportBike(services, from, to),
    reportActivities(services, from, to, siteId),
    reportRounds(services, from, to, siteId),
    db.select({ site: sites.slug, siteName: sites.name, slug: distributions.slug, name: distributions.name }).from(distributions).innerJoin(sites, eq(sites.id, distributions.siteId)).all(),
    db.select({ slug: bikeStops.slug, name: bikeStops.name }).from(bikeStops).all(),
    db.select({ slug: activities.slug, name: activities.name }).from(activities).all(),
  ]);
  const distName = new Map(distNames.map((d) => [`${d.site}/${d.slug}`, d]));
  const stopName = new Map(stopNames.map((s) => [s.slug, s.name]));
  const activityName = new Map(activityNames.map((a) => [a.slug, a.name]));
  return {
    from,
    to,
    site: site?.slug ?? null,
    days,
    bike,
    activities: sessions,
    rounds,
    totals: {
      distributions: distributionTotals(days).map((t) => {
        const names = distName.get(`${t.site}/${t.distribution}`);
        return { ...t, name: names?.name ?? t.distribution, siteName: names?.siteName ?? t.site };
      }),
      stops: stopTotals(bike).map((t) => ({ ...t, name: stopName.get(t.stop) ?? t.stop })),
      activities: activityTotals(sessions).map((t) => ({ ...t, name: activityName.get(t.activity) ?? t.activity })),
    },
  };
}

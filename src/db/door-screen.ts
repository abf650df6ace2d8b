import { and, between, eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { DomainError } from '../domain/errors';
import { servingNow, type ServingNow } from '../domain/door-screen';
import { recurringDates } from '../domain/recurrence/dates';
import type { Services } from '../services';
import { listDistributions } from './distributions';
import { prepared } from './prepared';
import { closures, distributions } from './schema';
import { findSite, type SiteRow } from './sites';

/** How many days ahead the screen looks for the next opening: two weeks covers any weekly pattern. */
export const SCREEN_LOOK_AHEAD_DAYS = 14;

type ScreenBoard = { name: string; slug: string } & ServingNow;
export type DoorScreen = { site: SiteRow; today: string; boards: ScreenBoard[] };

// Every closed day of a site's distributions in the window, in one statement whatever their number.
const closedDays = prepared((db) =>
  db
    .select({ distributionId: closures.distributionId, date: closures.date })
    .from(closures)
    .innerJoin(distributions, eq(distributions.id, closures.distributionId))
    .where(and(eq(distributions.siteId, sql.placeholder('siteId')), between(closures.date, sql.placeholder('from'), sql.placeholder('to'))))
    .prepare(),
);

/**
 * What the door screen of a site shows at `services.now()`: per distribution (or only `distSlug`),
 * the slot served now and the next within SCREEN_LOOK_AHEAD_DAYS, closed days counting as not open.
 * Three statements (site, its distributions, their closures in the window) whatever the number of
 * distributions or days; the opening days are worked out from the stored rules in memory.
 */
export async function loadDoorScreen(services: Services, siteSlug: string, distSlug: string | null): Promise<DoorScreen> {
  const site = await findSite(services, siteSlug);
  const now = services.now();
  const today = DateTime.fromMillis(now, { zone: site.timezone }).toISODate()!;
  const last = DateTime.fromISO(today, { zone: site.timezone }).plus({ days: SCREEN_LOOK_AHEAD_DAYS }).toISODate()!;
  const [all, closed] = await Promise.all([listDistributions(services, site), closedDays(services.db).all({ siteId: site.id, from: today, to: last })]);
  const shown = distSlug === null ? all : all.filter((d) => d.slug === distSlug);
  if (distSlug !== null && shown.length === 0) throw new DomainError(404, 'distribution_not_found', `No distribution "${distSlug}" at ${site.slug}.`);
  const closedKeys = new Set(closed.map((c) => `${c.distributionId} ${c.date}`));
  const boards = shown.map((d) => {
    const openDates = recurringDates(d.rrule, d.startsOn, d.until, today, last, site.timezone).filter((date) => !closedKeys.has(`${d.id} ${date}`));
    return { name: d.name, slug: d.slug, ...servingNow({ now, zone: site.timezone, hours: d, openDates }) };
  });
  return { site, today, boards };
}

import { and, asc, eq, sql } from 'drizzle-orm';
import type { Services } from '../services';
import type { DistributionRow } from './distributions';
import { prepared } from './prepared';
import { closures, distributions, sites } from './schema';
import type { SiteRow } from './sites';

export type SiteChoice = {
  /** Every site by name, for the picker. */
  sites: SiteRow[];
  /** The site asked for by slug, else the first by name; null when there is none. */
  site: SiteRow | null;
  /** The chosen site's distributions by name. */
  distributions: DistributionRow[];
  /** With a date: each of those distributions closed that day, by id, with its reason. */
  closedOn?: Map<number, { reason: string }>;
};

// Sites, the chosen site's distributions and their closures in one statement: on D1 one round
// trip where three reads took three. The chosen site is the one with the slug, else the first by
// name, the same rule as `SiteChoice.site`; only its rows carry distributions.
const choiceRows = prepared((db) => {
  const chosenId = sql`coalesce((select id from sites where slug = ${sql.placeholder('slug')}), (select id from sites order by name, id limit 1))`;
  return db
    .select({ site: sites, distribution: distributions, closedBecause: closures.reason })
    .from(sites)
    .leftJoin(distributions, and(eq(distributions.siteId, sites.id), sql`${sites.id} = ${chosenId}`))
    .leftJoin(closures, and(eq(closures.distributionId, distributions.id), eq(closures.date, sql.placeholder('date'))))
    .orderBy(asc(sites.name), asc(sites.id), asc(distributions.name))
    .prepare();
});

/** What the staff and volunteer pages choose from: the sites, one site's distributions, and (given a date) their closures. */
export async function siteChoice({ db }: Services, slug: string | undefined, date: string | undefined): Promise<SiteChoice> {
  const rows = await choiceRows(db).all({ slug: slug ?? null, date: date ?? '' });
  const all: SiteRow[] = [];
  const chosen: DistributionRow[] = [];
  const closedOn = new Map<number, { reason: string }>();
  for (const row of rows) {
    if (all[all.length - 1]?.id !== row.site.id) all.push(row.site);
    if (!row.distribution) continue;
    chosen.push(row.distribution);
    if (row.closedBecause !== null) closedOn.set(row.distribution.id, { reason: row.closedBecause });
  }
  const site = all.find((s) => s.slug === slug) ?? all[0] ?? null;
  return { sites: all, site, distributions: chosen, closedOn: date === undefined ? undefined : closedOn };
}

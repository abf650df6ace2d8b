import { and, asc, eq, sql } from 'drizzle-orm';
import { DomainError } from '../domain/errors';
import { parseRecurrence } from '../domain/recurrence/dates';
import { validateDistributionTimes } from '../domain/slots';
import type { Services } from '../services';
import { prepared } from './prepared';
import { distributions } from './schema';
import type { SiteRow } from './sites';
import { isUniqueViolation } from './sql-errors';
import { insertWithSlug, slugsLike } from './derived-slug';

export type DistributionRow = typeof distributions.$inferSelect;
export type DistributionFields = Omit<DistributionRow, 'id' | 'siteId' | 'until' | 'version'> & { until?: string | null };

/** The rules a distribution must satisfy whichever way it was written: a valid rule and hours that hold a slot. */
export function assertValidDistribution(d: Pick<DistributionRow, 'rrule' | 'startsOn' | 'until' | 'opens' | 'closes' | 'slotMinutes'>) {
  parseRecurrence(d.rrule, d.startsOn);
  validateDistributionTimes(d);
  if (d.until && d.until < d.startsOn) {
    throw new DomainError(400, 'invalid_input', 'until must not be before startsOn', { fields: [{ field: 'until', message: 'before startsOn' }] });
  }
}

export async function listDistributions({ db }: Services, site: SiteRow) {
  return db.select().from(distributions).where(eq(distributions.siteId, site.id)).orderBy(asc(distributions.name)).all();
}

const distributionBySlug = prepared((db) =>
  db
    .select()
    .from(distributions)
    .where(and(eq(distributions.siteId, sql.placeholder('siteId')), eq(distributions.slug, sql.placeholder('slug'))))
    .prepare(),
);

export async function findDistribution({ db }: Services, site: SiteRow, slug: string): Promise<DistributionRow> {
  const found = await distributionBySlug(db).get({ siteId: site.id, slug });
  if (!found) throw new DomainError(404, 'distribution_not_found', `No distribution "${slug}" at ${site.slug}.`);
  return found;
}

/** Without a slug, one is made from the name, unique at the site. */
export async function createDistribution(services: Services, site: SiteRow, input: Omit<DistributionFields, 'slug'> & { slug?: string | undefined }) {
  const values = { ...input, until: input.until ?? null, siteId: site.id };
  assertValidDistribution(values);
  return insertWithSlug({
    slug: input.slug,
    name: input.name,
    fallback: 'distribution',
    taken: async (base) =>
      (
        await services.db
          .select({ slug: distributions.slug })
          .from(distributions)
          .where(and(eq(distributions.siteId, site.id), slugsLike(distributions.slug, base)))
          .all()
      ).map((r) => r.slug),
    insert: async (slug) => {
      const [created] = await services.db.insert(distributions).values({ ...values, slug }).returning();
      return created!;
    },
    uniqueColumn: 'distributions',
    duplicate: duplicateDistribution,
  });
}

export function duplicateSlugOr(error: unknown, slug: string | undefined) {
  return isUniqueViolation(error, 'distributions') ? duplicateDistribution(slug) : error;
}

function duplicateDistribution(slug: string | undefined) {
  return new DomainError(409, 'duplicate_slug', `A distribution "${slug}" exists at this site already.`);
}

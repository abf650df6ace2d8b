import { and, asc, eq, sql } from 'drizzle-orm';
import { DomainError } from '../domain/errors';
import type { Services } from '../services';
import { prepared } from './prepared';
import { isUniqueViolation } from './sql-errors';
import { insertWithSlug, slugsLike } from './derived-slug';
import { distributions, sites, tickets } from './schema';

export type SiteRow = typeof sites.$inferSelect;

export async function listSites({ db }: Services) {
  return db.select().from(sites).orderBy(asc(sites.name)).all();
}

const siteBySlug = prepared((db) => db.select().from(sites).where(eq(sites.slug, sql.placeholder('slug'))).prepare());

export async function findSite({ db }: Services, slug: string): Promise<SiteRow> {
  const site = await siteBySlug(db).get({ slug });
  if (!site) throw new DomainError(404, 'site_not_found', `No site "${slug}".`);
  return site;
}

/** Without a slug, one is made from the name (`Kafé Ørnen` → `kafe-ornen`, then `kafe-ornen-2`). */
export async function createSite(services: Services, input: { slug?: string | undefined; name: string; address?: string | undefined; timezone?: string | undefined }) {
  return insertWithSlug({
    slug: input.slug,
    name: input.name,
    fallback: 'site',
    taken: async (base) => (await services.db.select({ slug: sites.slug }).from(sites).where(slugsLike(sites.slug, base)).all()).map((r) => r.slug),
    insert: async (slug) => {
      const [site] = await services.db
        .insert(sites)
        .values({ ...input, slug, address: input.address ?? '', timezone: input.timezone ?? 'Europe/Oslo', createdAt: services.now() })
        .returning();
      return site!;
    },
    uniqueColumn: 'sites.slug',
    duplicate: (slug) => new DomainError(409, 'duplicate_slug', `A site "${slug}" exists already.`),
  });
}

/**
 * Changes a site. Its time zone only while no live ticket lies ahead: a ticket holds its slot as
 * an instant, so in another zone it would match no slot and its seat would be offered again.
 * The check is part of the UPDATE, so a ticket issued meanwhile cannot slip past it.
 */
export async function updateSite(services: Services, site: SiteRow, changes: Partial<Pick<SiteRow, 'slug' | 'name' | 'address' | 'timezone'>>) {
  const rezoned = changes.timezone !== undefined && changes.timezone !== site.timezone;
  const noLiveTicketAhead = sql`not exists (select 1 from ${tickets} join ${distributions} on ${distributions.id} = ${tickets.distributionId}
    where ${distributions.siteId} = ${site.id} and ${tickets.status} != 'cancelled' and ${tickets.slotEnd} > ${services.now()})`;
  try {
    const [updated] = await services.db
      .update(sites)
      .set(changes)
      .where(rezoned ? and(eq(sites.id, site.id), noLiveTicketAhead) : eq(sites.id, site.id))
      .returning();
    if (!updated) throw new DomainError(409, 'tickets_ahead', 'The place has slips for times still ahead; its time zone can change once they have passed or are cancelled.');
    return updated;
  } catch (error) {
    if (isUniqueViolation(error, 'sites.slug')) throw new DomainError(409, 'duplicate_slug', `A site "${changes.slug}" exists already.`);
    throw error;
  }
}

import { asc, eq, sql } from 'drizzle-orm';
import { DomainError } from '../domain/errors';
import type { Services } from '../services';
import { prepared } from './prepared';
import { isUniqueViolation } from './sql-errors';
import { sites } from './schema';

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

export async function createSite(services: Services, input: { slug: string; name: string; address?: string; timezone?: string }) {
  try {
    const [site] = await services.db
      .insert(sites)
      .values({ ...input, address: input.address ?? '', timezone: input.timezone ?? 'Europe/Oslo', createdAt: services.now() })
      .returning();
    return site!;
  } catch (error) {
    if (isUniqueViolation(error, 'sites.slug')) throw new DomainError(409, 'duplicate_slug', `A site "${input.slug}" exists already.`);
    throw error;
  }
}

export async function updateSite(services: Services, site: SiteRow, changes: Partial<Pick<SiteRow, 'slug' | 'name' | 'address' | 'timezone'>>) {
  try {
    const [updated] = await services.db.update(sites).set(changes).where(eq(sites.id, site.id)).returning();
    return updated!;
  } catch (error) {
    if (isUniqueViolation(error, 'sites.slug')) throw new DomainError(409, 'duplicate_slug', `A site "${changes.slug}" exists already.`);
    throw error;
  }
}

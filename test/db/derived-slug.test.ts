import { afterAll, describe, expect, it } from 'vitest';
import { insertWithSlug } from '../../src/db/derived-slug';
import { sites } from '../../src/db/schema';
import { sqliteServices } from '../support/sqlite-services';

const env = sqliteServices('derived-slug');
const { services } = env;
afterAll(() => env.close());

/** Inserts a site, reading taken slugs through `taken` (which may be out of date, as under a race). */
function insertSite(name: string, taken: () => Promise<string[]>) {
  return insertWithSlug({
    slug: undefined,
    name,
    fallback: 'site',
    taken,
    insert: async (slug) => (await services.db.insert(sites).values({ slug, name, address: '', timezone: 'Europe/Oslo', createdAt: 0 }).returning())[0]!,
    uniqueColumn: 'sites.slug',
    duplicate: (slug) => new Error(`taken: ${slug}`),
  });
}

describe('a slug derived from the name', () => {
  it('tries the next suffix when the unique index refuses one the read thought free', async () => {
    await insertSite('Kafé Ørnen', async () => []);
    await insertSite('Kafé Ørnen', async () => ['kafe-ornen']);
    // Another writer took both since this read: the index says so, and the next free one is used.
    const third = await insertSite('Kafé Ørnen', async () => []);
    expect(third.slug).toBe('kafe-ornen-3');
  });

  it('gives up with the duplicate error after a few refusals, never a 500', async () => {
    for (let n = 4; n <= 8; n++) await services.db.insert(sites).values({ slug: `busy-${n}`, name: 'x', address: '', timezone: 'Europe/Oslo', createdAt: 0 });
    await insertSite('Busy', async () => []);
    for (const n of [2, 3]) await services.db.insert(sites).values({ slug: `busy-${n}`, name: 'x', address: '', timezone: 'Europe/Oslo', createdAt: 0 });
    await expect(insertSite('Busy', async () => [])).rejects.toThrow('taken: busy');
  });
});

import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { like, or, eq, type SQL } from 'drizzle-orm';
import { slugify, uniqueSlug } from '../domain/slugs';
import { isUniqueViolation } from './sql-errors';

/** Another writer can take the derived slug between our read and our insert; a few retries settle it. */
const INSERT_TRIES = 5;

/** The rows whose slug is `base` or `base-…`: the only ones a derived slug can collide with. */
export function slugsLike(column: SQLiteColumn, base: string): SQL {
  return or(eq(column, base), like(column, `${base}-%`))!;
}

/**
 * Inserts with the slug given, or, when none is, with one made from the name (`kafe-ornen`,
 * then `kafe-ornen-2`…). The taken slugs are read first; the unique index stays the final
 * guard, and a violation on a derived slug tries the next suffix instead of failing.
 */
export async function insertWithSlug<T>(p: {
  slug: string | undefined;
  name: string;
  fallback: string;
  taken: (base: string) => Promise<string[]>;
  insert: (slug: string) => Promise<T>;
  uniqueColumn: string;
  duplicate: (slug: string) => Error;
}): Promise<T> {
  if (p.slug) {
    try {
      return await p.insert(p.slug);
    } catch (error) {
      throw isUniqueViolation(error, p.uniqueColumn) ? p.duplicate(p.slug) : error;
    }
  }
  const base = slugify(p.name, p.fallback);
  const known = new Set(await p.taken(base));
  for (let attempt = 0; attempt < INSERT_TRIES; attempt++) {
    const slug = uniqueSlug(base, known);
    try {
      return await p.insert(slug);
    } catch (error) {
      if (!isUniqueViolation(error, p.uniqueColumn)) throw error;
      known.add(slug);
    }
  }
  throw p.duplicate(base);
}

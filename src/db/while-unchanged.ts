import { keepBounded } from '../domain/keep-bounded';
import type { Store } from './store';

/**
 * Remembers answers of a hot read per key for as long as the database's change token stands
 * (`Store.changeToken`: any row written here, any commit by another process; or the narrower
 * `Store.referenceToken` given as `token`), so a page that is reloaded again and again reads
 * nothing while nothing changed. Where the store has no token (D1, or inside a transaction)
 * every call reads. Kept per database; bounded, dropped when full.
 */
export function rememberedWhileUnchanged<T>(
  options: { keep?: (value: T) => boolean; limit?: number; token?: (store: Store) => string | undefined } = {},
) {
  const { keep = () => true, limit = 10_000, token: tokenOf = (store: Store) => store.changeToken?.() } = options;
  const byStore = new WeakMap<Store, Map<string, { token: string; value: T }>>();
  return async (store: Store, key: string, load: () => Promise<T>): Promise<T> => {
    // Taken before the read: a write landing in between leaves the answer newer than its token.
    const token = tokenOf(store);
    if (token === undefined) return load();
    let known = byStore.get(store);
    if (!known) byStore.set(store, (known = new Map()));
    const entry = known.get(key);
    if (entry && entry.token === token) return entry.value;
    const value = await load();
    if (keep(value)) keepBounded(known, limit, key, { token, value });
    return value;
  };
}

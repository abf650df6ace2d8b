/**
 * Puts `value` under `key` in a memo of recent answers and returns it; a memo that has reached
 * `limit` entries is emptied first. The bound every in-memory memo here uses: their hot sets are
 * small (a few zones, days, formats, headers), so starting over now and then costs little.
 */
export function keepBounded<K, V>(memo: Map<K, V>, limit: number, key: K, value: V): V {
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}

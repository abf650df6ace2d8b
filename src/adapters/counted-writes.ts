import type BetterSqlite3 from 'better-sqlite3';

/**
 * Counts this connection's writes by the tables their SQL names: every statement prepared here
 * is looked at once, and one that writes and names a table of a kind counts for that kind each
 * time it runs (ran, failed or later rolled back alike: counting too often only costs a read).
 * Cascades and triggers start from a statement naming the table they start from, so each kind
 * lists the tables whose writes reach it.
 */
export function countWritesNaming<Kind extends string>(sqlite: BetterSqlite3.Database, kinds: Record<Kind, RegExp>): Record<Kind, () => number> {
  const names = Object.keys(kinds) as Kind[];
  const writes = Object.fromEntries(names.map((kind) => [kind, 0])) as Record<Kind, number>;
  const prepareStatement = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepareStatement(source);
    const counted = statement.readonly ? [] : names.filter((kind) => kinds[kind].test(source));
    if (counted.length > 0) {
      for (const method of ['run', 'get', 'all', 'iterate'] as const) {
        const call = statement[method] as (...args: unknown[]) => unknown;
        (statement as unknown as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
          // Counted before it runs: a write that throws may still have changed rows.
          for (let i = 0; i < counted.length; i++) writes[counted[i]!]++;
          return call.apply(this, args);
        };
      }
    }
    return statement;
  }) as typeof sqlite.prepare;
  return Object.fromEntries(names.map((kind) => [kind, () => writes[kind]])) as Record<Kind, () => number>;
}

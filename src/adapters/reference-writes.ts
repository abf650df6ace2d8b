import type BetterSqlite3 from 'better-sqlite3';

// The tables nearly every request reads and few requests write (see Store.referenceToken).
const referenceTable = /\b(?:sessions|users|sites|distributions|closures)\b/i;

/**
 * Counts this connection's writes that may change a reference table: every statement prepared
 * here is looked at once, and one that writes and names such a table counts each time it runs
 * (ran, failed or later rolled back alike: counting too often only costs a read). Cascades and
 * triggers start from a statement naming the table they change, or touch only tickets and
 * slot_loads. Issuing tickets does not count, so a remembered session survives it.
 */
export function countReferenceWrites(sqlite: BetterSqlite3.Database): () => number {
  let writes = 0;
  const prepareStatement = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepareStatement(source);
    if (!statement.readonly && referenceTable.test(source)) {
      for (const method of ['run', 'get', 'all', 'iterate'] as const) {
        const call = (statement[method] as (...args: unknown[]) => unknown).bind(statement);
        (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
          try {
            return call(...args);
          } finally {
            writes++;
          }
        };
      }
    }
    return statement;
  }) as typeof sqlite.prepare;
  return () => writes;
}

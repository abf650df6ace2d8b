import { getTableColumns, type Table } from 'drizzle-orm';

/**
 * Maps the plain values of a `select({ a: tableA, b: tableB })` row (drizzle's `.values()`, the
 * columns of each table in declaration order) to `{ a: {...}, b: {...} }`, as drizzle's own
 * mapping would, with each column's driver decoding. Built once per selection shape.
 */
export function rowMapper(selection: Record<string, Table>): (values: unknown[]) => Record<string, Record<string, unknown>> {
  const layout = Object.entries(selection).map(([name, table]) => ({ name, columns: Object.entries(getTableColumns(table)) }));
  return (values) => {
    const row: Record<string, Record<string, unknown>> = {};
    let at = 0;
    for (const { name, columns } of layout) {
      const part: Record<string, unknown> = {};
      for (const [key, column] of columns) {
        const value = values[at++];
        part[key] = value === null ? null : column.mapFromDriverValue(value);
      }
      row[name] = part;
    }
    return row;
  };
}

/**
 * A report as one CSV file, RFC 4180 (quoted where needed, CRLF line ends) with a `kind` column
 * (day / bike / activity / round) and a header row.
 *
 * Made to open cleanly by double-click in a Norwegian spreadsheet: Excel set to Norwegian lists
 * with `;` (the comma is its decimal mark) and reads a file as UTF-8 only when it starts with a
 * byte order mark, so both are used. Every value is a date, a slug, a status word or a whole
 * number, so no cell can start a formula.
 */
const CSV_SEPARATOR = ';';
const CSV_BOM = '\uFEFF';

type Row = Record<string, string | number | boolean | null | undefined>;
type ReportRows = {
  days: readonly { date: string; site: string; distribution: string; capacity: number; issued: number; picked_up: number; no_show: number; cancelled: number; closed: boolean }[];
  bike: readonly { date: string; stop: string; status: string; people: number; items: Record<string, number> }[];
  activities: readonly { date: string; activity: string; cohort: string; enrolled: number; attended: number }[];
  rounds?: readonly { date: string; site: string; rounds: number; stops: number; delivered: number; not_home: number }[];
};

const fixedColumns = ['kind', 'date', 'site', 'distribution', 'capacity', 'issued', 'picked_up', 'no_show', 'cancelled', 'closed', 'stop', 'status', 'people'] as const;
const sessionColumns = ['activity', 'cohort', 'enrolled', 'attended'] as const;
// Added later, so after the others: a sheet reading columns by place keeps working.
const roundColumns = ['rounds', 'stops', 'delivered', 'not_home'] as const;

function field(value: Row[string]): string {
  const text = value === null || value === undefined ? '' : typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  return /[";\r\n,]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text, BOM first; the bike's items each get a column `item_<kind>`, in name order. */
export function reportCsv(report: ReportRows): string {
  const itemKinds = [...new Set(report.bike.flatMap((b) => Object.keys(b.items)))].sort();
  const columns = [...fixedColumns, ...itemKinds.map((k) => `item_${k}`), ...sessionColumns, ...roundColumns];
  const rows: Row[] = [
    ...report.days.map((d) => ({ kind: 'day', ...d })),
    ...report.bike.map(({ items, ...b }) => ({ kind: 'bike', ...b, ...Object.fromEntries(itemKinds.map((k) => [`item_${k}`, items[k] ?? 0])) })),
    ...report.activities.map((a) => ({ kind: 'activity', ...a })),
    ...(report.rounds ?? []).map((r) => ({ kind: 'round', ...r })),
  ];
  const lines = [columns.join(CSV_SEPARATOR), ...rows.map((r) => columns.map((c) => field(r[c])).join(CSV_SEPARATOR))];
  return CSV_BOM + lines.map((l) => `${l}\r\n`).join('');
}

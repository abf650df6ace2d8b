import { describe, expect, it } from 'vitest';
import { reportCsv } from '../../src/domain/report-csv';
import { readCsv } from '../support/csv-reader';

describe('report CSV', () => {
  const csv = reportCsv({
    days: [{ date: '2026-01-07', site: 's', distribution: 'mat', capacity: 16, issued: 6, picked_up: 2, no_show: 1, cancelled: 1, closed: true }],
    bike: [{ date: '2026-01-07', stop: 'torget', status: 'late', people: 4, items: { naloxone: 2 } }],
    activities: [{ date: '2026-01-07', activity: 'fotball', cohort: 'A', enrolled: 3, attended: 2 }],
  });

  it('starts with a BOM, separates with ";" and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFkind;date;')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('has one row per kind with the item columns of the bike', () => {
    const [header, ...rows] = readCsv(csv.slice(1), ';');
    const named = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    expect(named[0]).toMatchObject({ kind: 'day', capacity: '16', closed: '1', stop: '' });
    expect(named[1]).toMatchObject({ kind: 'bike', stop: 'torget', status: 'late', people: '4', item_naloxone: '2' });
    expect(named[2]).toMatchObject({ kind: 'activity', activity: 'fotball', cohort: 'A', enrolled: '3', attended: '2' });
  });

  it('quotes a field holding the separator or a quote', () => {
    const quoted = reportCsv({ days: [], bike: [{ date: '2026-01-07', stop: 'a;"b"', status: 'late', people: 1, items: {} }], activities: [] });
    expect(quoted).toContain('"a;""b"""');
    expect(readCsv(quoted.slice(1), ';')[1]![10]).toBe('a;"b"');
  });
});

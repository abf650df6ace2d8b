import { DateTime } from 'luxon';
import { siteZone } from '../../src/domain/local-date';
import type { ClientCatalogue } from './catalogue';

/** Wall-clock time of an instant in the site's zone, never the server's. */
export function clock(t: ClientCatalogue, ms: number, zone: string) {
  return DateTime.fromMillis(ms, { zone: siteZone(zone) }).toFormat(t.dates.time);
}

/** A local date (`YYYY-MM-DD`) or an instant as the reader's long date. */
export function longDate(t: ClientCatalogue, date: string | number, zone: string, format: 'long' | 'medium' = 'long') {
  const options = { zone: siteZone(zone), locale: t.dates.locale };
  const dt = typeof date === 'number' ? DateTime.fromMillis(date, options) : DateTime.fromISO(date, options);
  const text = dt.toFormat(t.dates[format]);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A time range or a code inside right-to-left text: isolated as left to right (U+2066…U+2069), or
 * "17:00–18:30" would read "18:30–17:00". Left-to-right pages get the text unchanged.
 */
export function keepLtr(t: ClientCatalogue, text: string) {
  return t.dir === 'rtl' ? `\u2066${text}\u2069` : text;
}

/** An ISO time from a db reply (`2026-11-26T11:00:00+01:00`) as wall-clock time in the zone. */
export function clockOfIso(t: ClientCatalogue, iso: string, zone: string) {
  return DateTime.fromISO(iso, { zone: siteZone(zone) }).toFormat(t.dates.time);
}

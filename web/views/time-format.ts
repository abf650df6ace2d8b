import { DateTime } from 'luxon';
import type { Catalogue } from '../i18n/catalogue';
import { keepBounded } from '../../src/domain/keep-bounded';

// luxon formats through Intl (~20-50 µs a call); every page shows the same few times and dates
// again and again, and the text depends only on these arguments, so recent ones are kept: by
// locale, format and zone (nested maps, so no key string is built on a call), then by the date,
// or the instant in whole minutes (a small integer; the epoch ms is a boxed double, slower as a key).
type Texts = Map<string | number, string>;
const formatted = new Map<string, Map<string, Map<string, Texts>>>();
function textsFor(locale: string, format: string, zone: string): Texts {
  let byFormat = formatted.get(locale);
  if (!byFormat) formatted.set(locale, (byFormat = new Map()));
  let byZone = byFormat.get(format);
  if (!byZone) byFormat.set(format, (byZone = new Map()));
  let texts = byZone.get(zone);
  if (!texts) byZone.set(zone, (texts = new Map()));
  return texts;
}
function remembered(texts: Texts, at: string | number, make: () => string) {
  return texts.get(at) ?? keepBounded(texts, 5_000, at, make());
}

/** Wall-clock time of an instant in the site's zone, never the server's. */
export function clock(t: Catalogue, ms: number, zone: string) {
  const minute = ms / 60_000;
  if (!Number.isInteger(minute)) return DateTime.fromMillis(ms, { zone }).toFormat(t.dates.time);
  // An unnamed arrow: tsx keeps function names, so a named one costs a defineProperty a call.
  return remembered(textsFor(t.dates.locale, t.dates.time, zone), minute, () => DateTime.fromMillis(ms, { zone }).toFormat(t.dates.time));
}

/** A local date (`YYYY-MM-DD`) or an instant as the reader's long date. */
export function longDate(t: Catalogue, date: string | number, zone: string, format: 'long' | 'medium' = 'long') {
  return remembered(textsFor(t.dates.locale, t.dates[format], zone), date, () => {
    const dt = typeof date === 'number' ? DateTime.fromMillis(date, { zone }) : DateTime.fromISO(date, { zone });
    const text = dt.setLocale(t.dates.locale).toFormat(t.dates[format]);
    return text.charAt(0).toUpperCase() + text.slice(1);
  });
}

/** An ISO time from a db reply (`2026-11-26T11:00:00+01:00`) as wall-clock time in the zone. */
export function clockOfIso(t: Catalogue, iso: string, zone: string) {
  return DateTime.fromISO(iso, { zone }).toFormat(t.dates.time);
}

import { DateTime, IANAZone } from 'luxon';

/**
 * RFC 5545 text for recurring events in an IANA zone: one VEVENT per stop or activity with
 * DTSTART;TZID + RRULE + EXDATE, and a VTIMEZONE derived from the zone's own transitions so a
 * phone shows the right wall time on both sides of a DST change without knowing the zone.
 */

export type CalendarEvent = {
  uid: string;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
  geo?: { lat: number; lon: number } | null;
  zone: string;
  /** The first date the rule yields: RFC 5545 always counts DTSTART as an occurrence. */
  firstDate: string;
  startTime: string;
  durationMinutes: number;
  /** RFC 5545 RRULE value without DTSTART, over dates (FREQ=WEEKLY;BYDAY=TU,...). */
  rrule: string;
  /** Last local date (inclusive) on which the rule may yield, if any. */
  until?: string | null;
  /** Local dates to leave out (cancelled). */
  exdates?: readonly string[];
};

export type Calendar = { prodId: string; name?: string; stampMs: number; events: readonly CalendarEvent[] };

const CRLF = '\r\n';

export function buildCalendar(calendar: Calendar): string {
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${calendar.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  const zones = [...new Set(calendar.events.map((e) => e.zone))].sort();
  if (zones.length === 1) lines.push(`X-WR-TIMEZONE:${zones[0]}`);
  const stampYear = DateTime.fromMillis(calendar.stampMs, { zone: 'utc' }).year;
  for (const zone of zones) {
    const years = calendar.events.filter((e) => e.zone === zone).map((e) => Number(e.firstDate.slice(0, 4)));
    const fromYear = Math.min(...years) - 1;
    lines.push(...vtimezone(zone, fromYear, Math.max(fromYear + 3, stampYear + 3)));
  }
  const stamp = utcStamp(calendar.stampMs);
  for (const event of calendar.events) lines.push(...vevent(event, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}

function vevent(e: CalendarEvent, stamp: string): string[] {
  const tz = `TZID=${e.zone}`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;${tz}:${localStamp(e.firstDate, e.startTime)}`,
    `DURATION:PT${e.durationMinutes}M`,
    `RRULE:${eventRule(e)}`,
  ];
  const exdates = [...new Set(e.exdates ?? [])].filter((d) => d >= e.firstDate).sort();
  if (exdates.length) lines.push(`EXDATE;${tz}:${exdates.map((d) => localStamp(d, e.startTime)).join(',')}`);
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.geo) lines.push(`GEO:${e.geo.lat};${e.geo.lon}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The stored rule with its end made RFC-conformant: with a zoned DTSTART, UNTIL must be a UTC
 * date-time, so a date-only UNTIL (and the separate `until` field) becomes the last possible
 * start instant.
 */
function eventRule(e: CalendarEvent): string {
  const parts = e.rrule
    .replace(/^RRULE:/i, '')
    .split(';')
    .filter(Boolean)
    .map((p) => p.split('=') as [string, string]);
  const ends: number[] = [];
  const kept: string[] = [];
  for (const [key, value] of parts) {
    const name = key.toUpperCase();
    if (name === 'DTSTART') continue;
    if (name === 'UNTIL') ends.push(untilInstant(value, e));
    else kept.push(`${name}=${value}`);
  }
  if (e.until) ends.push(zonedMillis(e.until, e.startTime, e.zone));
  if (ends.length) kept.push(`UNTIL=${utcStamp(Math.min(...ends))}`);
  return kept.join(';');
}

function untilInstant(value: string, e: CalendarEvent): number {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/i.exec(value);
  if (!m) throw new RangeError(`Bad UNTIL ${value}`);
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!m[4]) return zonedMillis(date, e.startTime, e.zone);
  const fields = { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: +m[6] };
  return DateTime.fromObject(fields, { zone: m[7] ? 'utc' : e.zone }).toMillis();
}

function zonedMillis(date: string, time: string, zone: string): number {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toMillis();
}

function localStamp(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function utcStamp(ms: number): string {
  return DateTime.fromMillis(ms, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'");
}

type Transition = { at: number; from: number; to: number; daylight: boolean };

/** Every offset change of `zone` in [fromYear, toYear], to the minute, from the zone database. */
export function zoneTransitions(zone: string, fromYear: number, toYear: number): Transition[] {
  const z = IANAZone.create(zone);
  if (!z.isValid) throw new RangeError(`Unknown time zone ${zone}`);
  const minute = 60_000;
  const day = 24 * 60 * minute;
  const end = Date.UTC(toYear + 1, 0, 1);
  const found: Transition[] = [];
  for (let t = Date.UTC(fromYear, 0, 1); t < end; t += day) {
    const before = z.offset(t);
    const after = z.offset(t + day);
    if (before === after) continue;
    let lo = t / minute;
    let hi = (t + day) / minute;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (z.offset(mid * minute) === before) lo = mid;
      else hi = mid;
    }
    const at = hi * minute;
    found.push({ at, from: before, to: after, daylight: DateTime.fromMillis(at, { zone }).isInDST });
  }
  return found;
}

/**
 * VTIMEZONE lines. A yearly rule (month, weekday, nth or last, wall time) is written as an RRULE
 * so it holds beyond the scanned years; an irregular history is written transition by transition.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const transitions = zoneTransitions(zone, fromYear, toYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (transitions.length === 0) {
    const offset = IANAZone.create(zone).offset(Date.UTC(fromYear, 0, 1));
    lines.push(...observance('STANDARD', '19700101T000000', offset, offset, zone, Date.UTC(fromYear, 0, 1)));
    return [...lines, 'END:VTIMEZONE'];
  }
  const groups = new Map<string, Transition[]>();
  for (const t of transitions) {
    const key = `${t.daylight}/${t.from}/${t.to}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const group of groups.values()) {
    const kind = group[0].daylight ? 'DAYLIGHT' : 'STANDARD';
    const rule = yearlyRule(group, toYear);
    if (rule) {
      lines.push(...observance(kind, wallBefore(group[0]), group[0].from, group[0].to, zone, group[0].at, rule));
    } else {
      for (const t of group) lines.push(...observance(kind, wallBefore(t), t.from, t.to, zone, t.at));
    }
  }
  return [...lines, 'END:VTIMEZONE'];
}

function observance(kind: string, start: string, from: number, to: number, zone: string, at: number, rule?: string) {
  const lines = [`BEGIN:${kind}`, `DTSTART:${start}`];
  if (rule) lines.push(`RRULE:${rule}`);
  lines.push(`TZOFFSETFROM:${formatOffset(from)}`, `TZOFFSETTO:${formatOffset(to)}`);
  const name = DateTime.fromMillis(at, { zone }).setLocale('en-GB').offsetNameShort;
  if (name && /^[A-Za-z]{2,6}$/.test(name)) lines.push(`TZNAME:${name}`);
  lines.push(`END:${kind}`);
  return lines;
}

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function yearlyRule(group: Transition[], toYear: number): string | null {
  const walls = group.map((t) => DateTime.fromMillis(t.at + t.from * 60_000, { zone: 'utc' }));
  const first = walls[0];
  const consecutive = walls.every((w, i) => w.year === first.year + i);
  const same = walls.every((w) => w.month === first.month && w.weekday === first.weekday && w.hour === first.hour && w.minute === first.minute);
  if (!consecutive || !same || walls.length < 2) return null;
  const day = weekdays[first.weekday - 1];
  const isLast = (w: DateTime) => w.day + 7 > (w.daysInMonth ?? 31);
  const nth = (w: DateTime) => Math.ceil(w.day / 7);
  let byDay: string;
  if (walls.every(isLast)) byDay = `-1${day}`;
  else if (walls.every((w) => nth(w) === nth(first))) byDay = `${nth(first)}${day}`;
  else return null;
  const last = group[group.length - 1];
  const ends = walls[walls.length - 1].year < toYear ? `;UNTIL=${utcStamp(last.at)}` : '';
  return `FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${byDay}${ends}`;
}

function wallBefore(t: Transition): string {
  return DateTime.fromMillis(t.at + t.from * 60_000, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss");
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n|\r/g, '\\n');
}

/** Folds a content line to 75 octets a line, never splitting a UTF-8 character (RFC 5545 3.1). */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines begin with one space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

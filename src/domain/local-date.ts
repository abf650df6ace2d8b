import { DateTime, IANAZone } from 'luxon';
import { DomainError } from './errors';
import { keepBounded } from './keep-bounded';

/** A calendar date in a site's zone, `YYYY-MM-DD`. */
export type LocalDate = string;
/** A wall-clock time of day, `HH:MM`, 24-hour. */
export type WallTime = string;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(s: unknown): s is LocalDate {
  if (typeof s !== 'string') return false;
  const m = LOCAL_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(y, mo - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
}

export function isWallTime(s: unknown): s is WallTime {
  return typeof s === 'string' && WALL_TIME.test(s);
}

export function wallTimeToMinutes(time: WallTime): number {
  const m = WALL_TIME.exec(time);
  if (!m) throw new DomainError(400, 'invalid_time', `Not a time of day (HH:MM): ${JSON.stringify(time)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function minutesToWallTime(minutes: number): WallTime {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) {
    throw new DomainError(400, 'invalid_time', `Not a minute of the day: ${minutes}`);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Throws DomainError 400 `invalid_date` unless `date` is a real `YYYY-MM-DD` date. */
export function assertLocalDate(date: unknown, field = 'date'): asserts date is LocalDate {
  if (!isLocalDate(date)) {
    const message = `Not a date (YYYY-MM-DD): ${JSON.stringify(date)}`;
    throw new DomainError(400, 'invalid_date', message, { fields: [{ field, message }] });
  }
}

function parseLocalDate(date: LocalDate): [number, number, number] {
  assertLocalDate(date);
  const m = LOCAL_DATE.exec(date)!;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Midnight of the date as if it were UTC: the "floating" day number used for calendar arithmetic. */
export function localDateToUtcMs(date: LocalDate): number {
  const [y, m, d] = parseLocalDate(date);
  return Date.UTC(y, m - 1, d);
}

export function utcMsToLocalDate(ms: number): LocalDate {
  const d = new Date(ms);
  return `${padded(d.getUTCFullYear(), 4)}-${padded(d.getUTCMonth() + 1, 2)}-${padded(d.getUTCDate(), 2)}`;
}

function padded(n: number, width: number) {
  return String(n).padStart(width, '0');
}

export function addDays(date: LocalDate, n: number): LocalDate {
  return utcMsToLocalDate(localDateToUtcMs(date) + n * DAY_MS);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((localDateToUtcMs(b) - localDateToUtcMs(a)) / DAY_MS);
}

// luxon checks a zone by building an Intl formatter, which is slow, and every slot computation asks.
const zoneValidity = new Map<string, boolean>();

// The longest IANA name is 32 characters; a longer string is no zone and is not remembered, so
// the memo holds at most 1 000 short names whatever is sent.
const LONGEST_ZONE_NAME = 64;

export function isValidZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '' || zone.length > LONGEST_ZONE_NAME) return false;
  return zoneValidity.get(zone) ?? keepBounded(zoneValidity, 1_000, zone, IANAZone.isValidZone(zone));
}

function ianaZone(zone: string): IANAZone {
  if (!isValidZone(zone)) throw new DomainError(400, 'invalid_timezone', `Unknown time zone: ${JSON.stringify(zone)}`);
  return IANAZone.create(zone);
}

export function todayIn(zone: string, nowMs: number): LocalDate {
  // Every public page asks, with a new `now` each time. Zone offsets and their changes fall on
  // whole minutes (in every zone since 1972), so the date is worked out once a minute a zone.
  const minute = Math.floor(nowMs / MINUTE_MS);
  const known = todayByZone.get(zone);
  if (known?.minute === minute) return known.date;
  return keepBounded(todayByZone, 1_000, zone, { minute, date: formatIsoInZone(nowMs, zone).slice(0, 10) }).date;
}

const todayByZone = new Map<string, { minute: number; date: LocalDate }>();

/**
 * ISO 8601 with the zone's offset and no milliseconds, e.g. `2026-11-26T11:00:00+01:00`.
 * Every reply formats many times (a batch of 500 tickets, a year of bike stops); on a day with
 * no clock change the offset comes from the per-day offsets below, and luxon formats only the
 * rare day with a change.
 */
export function isoInZone(ms: number, zone: string): string {
  // Replies repeat the same few slot edges: whole minutes are remembered (a pure function of
  // the minute and the zone); anything else is formatted each time.
  const minute = ms / MINUTE_MS;
  if (!Number.isInteger(minute)) return formatIsoInZone(ms, zone);
  const known = formattedByZone.get(zone)?.get(minute);
  if (known !== undefined) return known;
  const text = formatIsoInZone(ms, zone);
  // Bounded by the texts held in all zones together (each ~25 characters), not per zone.
  if (formattedHeld >= FORMATTED_LIMIT) {
    formattedByZone.clear();
    formattedHeld = 0;
  }
  let texts = formattedByZone.get(zone);
  if (!texts) formattedByZone.set(zone, (texts = new Map()));
  texts.set(minute, text);
  formattedHeld++;
  return text;
}

const formattedByZone = new Map<string, Map<number, string>>();
const FORMATTED_LIMIT = 50_000;
let formattedHeld = 0;

function formatIsoInZone(ms: number, zone: string): string {
  const tz = ianaZone(zone);
  const utcMidnight = Math.floor(ms / DAY_MS) * DAY_MS;
  const { before, after } = offsetsAroundDate(tz, utcMsToLocalDate(utcMidnight), utcMidnight);
  if (before !== after || !Number.isInteger(before) || ms < 0 || ms >= MAX_FOUR_DIGIT_YEAR_MS) {
    return DateTime.fromMillis(ms, { zone: tz }).startOf('second').toISO({ suppressMilliseconds: true })!;
  }
  const local = new Date(Math.floor(ms / 1000) * 1000 + before * MINUTE_MS).toISOString().slice(0, 19);
  const abs = Math.abs(before);
  return `${local}${before < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const MAX_FOUR_DIGIT_YEAR_MS = Date.UTC(9999, 0, 1);

/**
 * How a wall-clock time maps to an instant on one date:
 * `exact` (one instant), `ambiguous` (the clock passes it twice; `ms` is the first pass),
 * `gap` (the clock skips it; `ms` is the time shifted forward by the gap, 02:30 → 03:30).
 */
export type WallResolution = { ms: number; kind: 'exact' | 'ambiguous' | 'gap' };

// An offset look-up goes through Intl. The offsets on either side of a date cover every minute
// of it, so they are asked once per zone and date and kept (bounded, dropped when full).
const offsetsAround = new Map<string, { before: number; after: number }>();
const OFFSET_CACHE_LIMIT = 20_000;

function offsetsAroundDate(tz: IANAZone, date: LocalDate, midnight: number) {
  const key = `${tz.name}|${date}`;
  // A day before and two after the floating midnight lie outside the local day for any offset (±14 h).
  return offsetsAround.get(key) ?? keepBounded(offsetsAround, OFFSET_CACHE_LIMIT, key, { before: tz.offset(midnight - DAY_MS), after: tz.offset(midnight + 2 * DAY_MS) });
}

// luxon's DateTime.fromObject resolves an ambiguous time from a guess based on the *current*
// offset, so the same call answers differently in summer and in winter; this does not.
export function resolveWallTime(date: LocalDate, minutesOfDay: number, zone: string): WallResolution {
  if (!Number.isInteger(minutesOfDay)) throw new DomainError(400, 'invalid_time', `Not a whole minute: ${minutesOfDay}`);
  const tz = ianaZone(zone);
  const dayShift = Math.floor(minutesOfDay / 1440);
  const day = dayShift === 0 ? date : addDays(date, dayShift);
  const midnight = localDateToUtcMs(day);
  const floating = midnight + (minutesOfDay - dayShift * 1440) * MINUTE_MS;
  const { before, after } = offsetsAroundDate(tz, day, midnight);
  if (before === after) return { ms: floating - before * MINUTE_MS, kind: 'exact' };
  const fits = (offset: number) => tz.offset(floating - offset * MINUTE_MS) === offset;
  const candidates = [before, after].filter(fits).map((offset) => floating - offset * MINUTE_MS);
  if (candidates.length === 0) return { ms: floating - before * MINUTE_MS, kind: 'gap' };
  if (candidates.length === 1) return { ms: candidates[0], kind: 'exact' };
  return { ms: Math.min(...candidates), kind: 'ambiguous' };
}

/**
 * Epoch ms at which the clock in `zone` shows `minutesOfDay` on `date` (minutes past 24:00 run
 * into the next day). A time skipped by a spring-forward change is moved forward by the gap
 * (Europe/Oslo 2026-03-29 02:30 → 03:30+02:00); a time passed twice in autumn resolves to the
 * first pass (2026-10-25 02:30 → 02:30+02:00), whatever the date the code runs on.
 */
export function localToInstant(date: LocalDate, minutesOfDay: number, zone: string): number {
  return resolveWallTime(date, minutesOfDay, zone).ms;
}

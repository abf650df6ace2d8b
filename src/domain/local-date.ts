import { DateTime, Duration, IANAZone } from 'luxon';
import { DomainError } from './errors';
import { zoneNamed } from './site-zone';

/** A calendar date in a site's zone, `YYYY-MM-DD`. */
export type LocalDate = string;
/** A wall-clock time of day, `HH:MM`, 24-hour. */
export type WallTime = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
// The longest IANA name is 32 characters; anything far longer is refused without asking Intl.
const LONGEST_ZONE_NAME = 64;

/** The date on a calendar without clock changes (UTC), where a day is always a day; invalid if no such date. */
function utcDay(s: string): DateTime | null {
  const m = LOCAL_DATE.exec(s);
  return m ? DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { zone: 'utc' }) : null;
}

export function isLocalDate(s: unknown): s is LocalDate {
  return typeof s === 'string' && utcDay(s)?.isValid === true;
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
  return Duration.fromObject({ minutes }).toFormat('hh:mm');
}

/** Throws DomainError 400 `invalid_date` unless `date` is a real `YYYY-MM-DD` date. */
export function assertLocalDate(date: unknown, field = 'date'): asserts date is LocalDate {
  calendarDay(date, field);
}

/** A real date for arithmetic on dates, on the UTC calendar, or 400 `invalid_date`. */
function calendarDay(date: unknown, field = 'date'): DateTime {
  const day = typeof date === 'string' ? utcDay(date) : null;
  if (!day?.isValid) throw invalidDate(date, field);
  return day;
}

function invalidDate(date: unknown, field = 'date'): DomainError {
  const message = `Not a date (YYYY-MM-DD): ${JSON.stringify(date)}`;
  return new DomainError(400, 'invalid_date', message, { fields: [{ field, message }] });
}

export function addDays(date: LocalDate, n: number): LocalDate {
  return calendarDay(date).plus({ days: n }).toISODate()!;
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return calendarDay(b).diff(calendarDay(a), 'days').days;
}

export function isValidZone(zone: unknown): zone is string {
  // luxon keeps one zone object a name and checks the name once, when it makes that object.
  return typeof zone === 'string' && zone !== '' && zone.length <= LONGEST_ZONE_NAME && IANAZone.create(zone).isValid;
}

/** The site's zone for luxon (never the machine's), or 400 `invalid_timezone`. */
export function siteZone(zone: string): IANAZone {
  if (!isValidZone(zone)) throw new DomainError(400, 'invalid_timezone', `Unknown time zone: ${JSON.stringify(zone)}`);
  return zoneNamed(zone);
}

export function todayIn(zone: string, nowMs: number): LocalDate {
  return DateTime.fromMillis(nowMs, { zone: siteZone(zone) }).toISODate()!;
}

/** ISO 8601 with the zone's offset and no milliseconds, e.g. `2026-11-26T11:00:00+01:00`. */
export function isoInZone(ms: number, zone: string): string {
  return DateTime.fromSeconds(Math.floor(ms / 1000), { zone: siteZone(zone) }).toISO({ suppressMilliseconds: true })!;
}

/**
 * How a wall-clock time maps to an instant on one date:
 * `exact` (one instant), `ambiguous` (the clock passes it twice; `ms` is the first pass),
 * `gap` (the clock skips it; `ms` is the time shifted forward by the gap, 02:30 → 03:30).
 */
type WallResolution = { ms: number; kind: 'exact' | 'ambiguous' | 'gap' };

// luxon's DateTime.fromObject picks one pass of an ambiguous time from a guess based on the
// *current* offset, so it answers differently in summer and in winter; both passes are asked for
// (getPossibleOffsets) and the first taken, which does not depend on when the code runs.
const HOUR_MS = 3_600_000;

export function resolveWallTime(date: LocalDate, minutesOfDay: number, zone: string): WallResolution {
  if (!Number.isInteger(minutesOfDay)) throw new DomainError(400, 'invalid_time', `Not a whole minute: ${minutesOfDay}`);
  const tz = siteZone(zone);
  // Minutes past 24:00 run into the next day (a distribution open past midnight).
  const dayShift = Math.floor(minutesOfDay / 1440);
  if (!LOCAL_DATE.test(date)) throw invalidDate(date);
  const [year, month, day] = (dayShift === 0 ? date : addDays(date, dayShift)).split('-').map(Number);
  const minutes = minutesOfDay - dayShift * 1440;
  const wall = { year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60 };
  // luxon refuses a day that does not exist (2026-02-30) as an invalid DateTime.
  const local = DateTime.fromObject(wall, { zone: tz });
  if (!local.isValid) throw invalidDate(date);
  // Most wall times are nowhere near a clock change: the same offset six hours either side means
  // no change can make this time repeat or vanish, and the four offsets getPossibleOffsets asks
  // for (a DateTime each) are not needed. Clock changes shift by at most a few hours.
  const ms = local.toMillis();
  if (tz.offset(ms - 6 * HOUR_MS) === tz.offset(ms + 6 * HOUR_MS)) return { ms, kind: 'exact' };
  const passes = local.getPossibleOffsets();
  if (passes.length > 1) return { ms: Math.min(...passes.map((p) => p.toMillis())), kind: 'ambiguous' };
  // luxon moves a time the clock skips forward by the gap; the wall clock then shows another time.
  const shown = local.day === wall.day && local.hour === wall.hour && local.minute === wall.minute;
  return { ms: local.toMillis(), kind: shown ? 'exact' : 'gap' };
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

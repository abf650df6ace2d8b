// Our own expander computes the dates, not the `rrule` package (which stays as the tests' oracle,
// a devDependency): rrule.js walks every period from DTSTART, so a rule started years ago, or one
// that never matches, costs without bound (31 February from 1986: 9 s for one window, against
// well under a millisecond here, test/domain/recurrence/cost.test.ts), and it repeats a day named
// by two BYSETPOS positions. Dates carry no time or zone; the site's zone enters only when
// `occurrences` turns a date and a wall-clock time into an instant through luxon (local-date.ts).
import { DomainError } from '../errors';
import { assertLocalDate, localToInstant, wallTimeToMinutes, type LocalDate, type WallTime } from '../local-date';
import { addYearsToDay, dateOfDay, dayFromCivil, dayOfDate } from './day-numbers';
import { expandRule } from './expansion';
import { readRecurrenceRule, type RecurrenceRule } from './rule';

const MINUTE_MS = 60_000;
const LAST_DAY = dayFromCivil(9999, 12, 31);
/** How far from its start a rule must yield a first date to be accepted. */
const FIRST_DATE_WITHIN_YEARS = 5;

/**
 * Checks an RRULE over dates (RFC 5545, no DTSTART, optional leading `RRULE:`) as it would run
 * from `startsOn`; throws DomainError 400 `invalid_rrule` for anything we would not expand as
 * meant, and for a rule that yields no date within FIRST_DATE_WITHIN_YEARS years of `startsOn`
 * (its parts contradict each other, like BYMONTH=2;BYMONTHDAY=30, or its INTERVAL never lands on
 * its days, like FREQ=DAILY;INTERVAL=7;BYDAY=MO from a Tuesday). The rule's UNTIL is left aside:
 * a rule ended early is cheap, only an empty future is not.
 */
export function parseRecurrence(rule: string, startsOn: LocalDate, zone = 'UTC'): void {
  assertLocalDate(startsOn, 'startsOn');
  const parsed = { ...readRecurrenceRule(rule, zone), until: null };
  const horizon = dateOfDay(Math.min(addYearsToDay(dayOfDate(startsOn), FIRST_DATE_WITHIN_YEARS), LAST_DAY));
  if (expandRule(parsed, startsOn, startsOn, horizon, 1).dates.length === 0) {
    const message = `The rule yields no date within ${FIRST_DATE_WITHIN_YEARS} years of ${startsOn}`;
    throw new DomainError(400, 'invalid_rrule', message, { fields: [{ field: 'rrule', message }] });
  }
}

/** The rule as read, or null for a stored rule this version refuses to read (see `recurringDates`). */
function readStoredRule(rule: string, zone: string): RecurrenceRule | null {
  try {
    return readRecurrenceRule(rule, zone);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'invalid_rrule') return null;
    throw error;
  }
}

/** Whether this version can read a stored rule; one it cannot yields no dates (see `recurringDates`). */
export function isReadableRule(rule: string, zone = 'UTC'): boolean {
  return readStoredRule(rule, zone) !== null;
}

const minDate = (...dates: (LocalDate | null)[]) => dates.filter((d): d is LocalDate => d !== null).sort()[0]!;

/**
 * The dates the rule yields in [from, to] (inclusive), never before `startsOn` nor after `until`
 * (or the rule's own UNTIL, a UTC one read in `zone`). COUNT counts from `startsOn`, whatever the window.
 * Rules come from the database here, checked by `parseRecurrence` when saved; one saved by an
 * older version that this one refuses to read (BYWEEKNO, say) yields no dates, so that one
 * schedule goes missing (the admin lists say why) instead of every page that lists schedules failing.
 */
export function recurringDates(
  rule: string,
  startsOn: LocalDate,
  until: LocalDate | null,
  from: LocalDate,
  to: LocalDate,
  zone = 'UTC',
): LocalDate[] {
  assertLocalDate(startsOn, 'startsOn');
  assertLocalDate(from, 'from');
  assertLocalDate(to, 'to');
  if (until !== null) assertLocalDate(until, 'until');
  const parsed = readStoredRule(rule, zone);
  if (!parsed) return [];
  const lo = from > startsOn ? from : startsOn;
  const hi = minDate(to, until, parsed.until);
  return lo > hi ? [] : expandRule(parsed, startsOn, lo, hi).dates;
}

export function isRecurringDate(rule: string, startsOn: LocalDate, until: LocalDate | null, date: LocalDate, zone = 'UTC'): boolean {
  return recurringDates(rule, startsOn, until, date, date, zone).length === 1;
}

type Occurrence = { date: LocalDate; start: number; end: number };

/** Timed occurrences (bike stops, activity sessions): the wall-clock start in `zone`, then `durationMinutes` of real time. */
export function occurrences(args: {
  rule: string;
  startsOn: LocalDate;
  until: LocalDate | null;
  startTime: WallTime;
  durationMinutes: number;
  zone: string;
  from: LocalDate;
  to: LocalDate;
}): Occurrence[] {
  const startMinutes = wallTimeToMinutes(args.startTime);
  if (!Number.isInteger(args.durationMinutes) || args.durationMinutes <= 0) {
    throw new DomainError(400, 'invalid_duration', `Duration must be a positive whole number of minutes: ${args.durationMinutes}`);
  }
  return recurringDates(args.rule, args.startsOn, args.until, args.from, args.to, args.zone)
    .map((date) => {
      const start = localToInstant(date, startMinutes, args.zone);
      return { date, start, end: start + args.durationMinutes * MINUTE_MS };
    })
    .sort((a, b) => a.start - b.start);
}

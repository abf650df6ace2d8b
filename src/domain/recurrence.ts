import { DomainError } from './errors';
import { keepBounded } from './keep-bounded';
import { assertLocalDate, localToInstant, wallTimeToMinutes, type LocalDate, type WallTime } from './local-date';
import { canEverMatch, expandRule } from './recurrence-expansion';
import { readRecurrenceRule, type RecurrenceRule } from './recurrence-rule';

const MINUTE_MS = 60_000;

/**
 * Checks an RRULE over dates (RFC 5545, no DTSTART, optional leading `RRULE:`); throws
 * DomainError 400 `invalid_rrule` for anything we would not expand as meant, including a rule
 * whose parts contradict each other so that no day can ever match (BYMONTH=2;BYMONTHDAY=30).
 */
export function parseRecurrence(rule: string): void {
  const parsed = readRecurrenceRule(rule);
  if (!canEverMatch(parsed)) {
    const message = 'The rule can never match a day: its parts contradict each other';
    throw new DomainError(400, 'invalid_rrule', message, { fields: [{ field: 'rrule', message }] });
  }
}

// Issuing a ticket asks "is this an opening day?" every time, with the same few arguments; the
// answer depends on nothing else, so it is kept (bounded, dropped wholesale when full).
const expansions = new Map<string, readonly LocalDate[]>();
const EXPANSION_CACHE_LIMIT = 5_000;
const parsedRules = new Map<string, RecurrenceRule>();

function readCached(rule: string): RecurrenceRule {
  return parsedRules.get(rule) ?? keepBounded(parsedRules, EXPANSION_CACHE_LIMIT, rule, readRecurrenceRule(rule));
}

const minDate = (...dates: (LocalDate | null)[]) => dates.filter((d): d is LocalDate => d !== null).sort()[0];

/**
 * The dates the rule yields in [from, to] (inclusive), never before `startsOn` nor after `until`
 * (or the rule's own UNTIL). COUNT counts from `startsOn`, whatever the window.
 */
export function recurringDates(
  rule: string,
  startsOn: LocalDate,
  until: LocalDate | null,
  from: LocalDate,
  to: LocalDate,
): LocalDate[] {
  const key = `${rule}|${startsOn}|${until}|${from}|${to}`;
  const cached = expansions.get(key);
  if (cached) return [...cached];
  assertLocalDate(startsOn, 'startsOn');
  assertLocalDate(from, 'from');
  assertLocalDate(to, 'to');
  if (until !== null) assertLocalDate(until, 'until');
  const parsed = readCached(rule);
  const lo = from > startsOn ? from : startsOn;
  const hi = minDate(to, until, parsed.until);
  const dates = keepBounded(expansions, EXPANSION_CACHE_LIMIT, key, lo > hi ? [] : expandRule(parsed, startsOn, lo, hi));
  return [...dates];
}

export function isRecurringDate(rule: string, startsOn: LocalDate, until: LocalDate | null, date: LocalDate): boolean {
  return recurringDates(rule, startsOn, until, date, date).length === 1;
}

export type Occurrence = { date: LocalDate; start: number; end: number };

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
  return recurringDates(args.rule, args.startsOn, args.until, args.from, args.to)
    .map((date) => {
      const start = localToInstant(date, startMinutes, args.zone);
      return { date, start, end: start + args.durationMinutes * MINUTE_MS };
    })
    .sort((a, b) => a.start - b.start);
}

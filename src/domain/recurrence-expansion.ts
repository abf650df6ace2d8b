import { localDateToUtcMs, utcMsToLocalDate, type LocalDate } from './local-date';
import type { RecurrenceRule, WeekdayIndex } from './recurrence-rule';
import { RRule, Weekday, type RRuleOptions } from './rrule-module';

const DAY_MS = 86_400_000;
// The Gregorian calendar repeats every 400 years: 146 097 days, a whole number of weeks.
const CYCLE_MS = 146_097 * DAY_MS;
const LAST_YEAR = 9999;

const FREQ = { YEARLY: RRule.YEARLY, MONTHLY: RRule.MONTHLY, WEEKLY: RRule.WEEKLY, DAILY: RRule.DAILY } as const;

const ymd = (ms: number) => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
const weekdayOf = (ms: number) => ((new Date(ms).getUTCDay() + 6) % 7) as WeekdayIndex;

/** RFC 5545 fills missing BYxxx parts from DTSTART; do it from the real start so a later dtstart can't change them. */
function withImplicitParts(rule: RecurrenceRule, startMs: number): RecurrenceRule {
  if (rule.byWeekNo.length || rule.byYearDay.length || rule.byMonthDay.length || rule.byDay.length) return rule;
  const { month, day } = ymd(startMs);
  switch (rule.freq) {
    case 'YEARLY':
      return { ...rule, byMonth: rule.byMonth.length ? rule.byMonth : [month], byMonthDay: [day] };
    case 'MONTHLY':
      return { ...rule, byMonthDay: [day] };
    case 'WEEKLY':
      return { ...rule, byDay: [{ weekday: weekdayOf(startMs), nth: null }] };
    default:
      return rule;
  }
}

function periodStart(rule: RecurrenceRule, ms: number): number {
  const { year, month } = ymd(ms);
  switch (rule.freq) {
    case 'DAILY':
      return ms;
    case 'WEEKLY':
      return ms - ((weekdayOf(ms) - rule.weekStart + 7) % 7) * DAY_MS;
    case 'MONTHLY':
      return Date.UTC(year, month - 1, 1);
    case 'YEARLY':
      return Date.UTC(year, 0, 1);
  }
}

function periodsBetween(rule: RecurrenceRule, a: number, b: number): number {
  const [pa, pb] = [ymd(a), ymd(b)];
  switch (rule.freq) {
    case 'DAILY':
      return Math.round((b - a) / DAY_MS);
    case 'WEEKLY':
      return Math.round((b - a) / (7 * DAY_MS));
    case 'MONTHLY':
      return (pb.year - pa.year) * 12 + (pb.month - pa.month);
    case 'YEARLY':
      return pb.year - pa.year;
  }
}

function addPeriods(rule: RecurrenceRule, periodStartMs: number, n: number): number {
  const { year, month } = ymd(periodStartMs);
  switch (rule.freq) {
    case 'DAILY':
      return periodStartMs + n * DAY_MS;
    case 'WEEKLY':
      return periodStartMs + n * 7 * DAY_MS;
    case 'MONTHLY':
      return Date.UTC(year, month - 1 + n, 1);
    case 'YEARLY':
      return Date.UTC(year + n, 0, 1);
  }
}

/**
 * The latest start, on or before `targetMs`, of a period the rule actually visits (INTERVAL
 * counted from the real start). Starting rrule there yields the same dates from then on, while
 * sparing it the walk through every period since `startsOn` (1.6 ms for two years of weeks).
 */
function alignedStart(rule: RecurrenceRule, startMs: number, targetMs: number): number {
  const first = periodStart(rule, startMs);
  const elapsed = periodsBetween(rule, first, periodStart(rule, targetMs));
  const visited = Math.floor(elapsed / rule.interval) * rule.interval;
  return visited <= 0 ? startMs : addPeriods(rule, first, visited);
}

function toOptions(rule: RecurrenceRule, dtstartMs: number): Partial<RRuleOptions> {
  const list = (values: number[]) => (values.length ? values : null);
  return {
    freq: FREQ[rule.freq],
    interval: rule.interval,
    count: rule.count,
    dtstart: new Date(dtstartMs),
    wkst: rule.weekStart,
    byweekday: rule.byDay.length
      ? rule.byDay.map((d) => (d.nth === null ? d.weekday : new Weekday(d.weekday, d.nth)))
      : null,
    bymonthday: list(rule.byMonthDay),
    bymonth: list(rule.byMonth),
    byyearday: list(rule.byYearDay),
    byweekno: list(rule.byWeekNo),
    bysetpos: list(rule.bySetPos),
  };
}

/**
 * Dates the rule yields in [lo, hi], counting from `startsOn` (UNTIL and the caller's until are
 * applied by the caller through `hi`). Runs rrule in floating time: every date is midnight UTC.
 */
export function expandRule(rule: RecurrenceRule, startsOn: LocalDate, lo: LocalDate, hi: LocalDate): LocalDate[] {
  const startMs = localDateToUtcMs(startsOn);
  const [loMs, hiMs] = [localDateToUtcMs(lo), localDateToUtcMs(hi)];
  const explicit = withImplicitParts(rule, startMs);
  const dtstartMs = explicit.count === null ? alignedStart(explicit, startMs, loMs) : startMs;
  // rrule.js stops only at a date past the window or at year 9999, so a rule that yields nothing
  // would spin for seconds; moving everything by whole 400-year cycles to end near 9999 bounds it.
  const shift = Math.max(0, Math.floor((LAST_YEAR - ymd(hiMs).year) / 400)) * CYCLE_MS;
  const rrule = new RRule(toOptions(explicit, dtstartMs + shift), true);
  return rrule
    .between(new Date(loMs + shift), new Date(hiMs + shift + DAY_MS - 1), true)
    .map((date) => utcMsToLocalDate(date.getTime() - shift));
}

/** Whether the rule's filters can match any day at all, tried over one whole 400-year cycle. */
export function canEverMatch(rule: RecurrenceRule): boolean {
  // Plain day filters select the same days under DAILY as under YEARLY, which walks 400 periods, not 146 097.
  const freq = rule.freq === 'DAILY' && rule.bySetPos.length === 0 ? 'YEARLY' : rule.freq;
  const probe: RecurrenceRule = { ...rule, freq, interval: 1, count: null, until: null };
  const cycleStart = Date.UTC(LAST_YEAR - 399, 0, 1);
  const explicit = withImplicitParts(probe, cycleStart);
  return new RRule(toOptions(explicit, cycleStart), true).after(new Date(cycleStart), true) !== null;
}

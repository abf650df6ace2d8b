import type { LocalDate } from '../local-date';
import {
  civilFromDay,
  dateOfDay,
  dayFromCivil,
  dayOfDate,
  daysInMonth,
  isLeapYear,
  weekdayOfDay,
  type DayNumber,
} from './day-numbers';
import type { RecurrenceRule } from './rule';

const LAST_YEAR = 9999;

/** The dates found and the work done: one step per period visited and per candidate day looked at. */
type Expansion = { dates: LocalDate[]; steps: number };

/** RFC 5545 fills missing BYxxx parts from DTSTART; rrule.js and other calendars do the same. */
function withImplicitParts(rule: RecurrenceRule, start: DayNumber): RecurrenceRule {
  if (rule.byYearDay.length || rule.byMonthDay.length || rule.byDay.length) return rule;
  const { month, day } = civilFromDay(start);
  switch (rule.freq) {
    case 'YEARLY':
      return { ...rule, byMonth: rule.byMonth.length ? rule.byMonth : [month], byMonthDay: [day] };
    case 'MONTHLY':
      return { ...rule, byMonthDay: [day] };
    case 'WEEKLY':
      return { ...rule, byDay: [{ weekday: weekdayOfDay(start) as 0, nth: null }] };
    default:
      return rule;
  }
}

/** Whether a day passes every BYxxx filter of the rule (the filters rrule.js and RFC 5545 agree on). */
function matches(r: RecurrenceRule, d: DayNumber): boolean {
  const { year, month, day } = civilFromDay(d);
  if (r.byMonth.length && !r.byMonth.includes(month)) return false;
  const monthLength = daysInMonth(year, month);
  if (r.byMonthDay.length && !r.byMonthDay.includes(day) && !r.byMonthDay.includes(day - monthLength - 1)) return false;
  if (r.byYearDay.length) {
    const yearDay = d - dayFromCivil(year, 1, 1) + 1;
    const yearLength = isLeapYear(year) ? 366 : 365;
    if (!r.byYearDay.includes(yearDay) && !r.byYearDay.includes(yearDay - yearLength - 1)) return false;
  }
  if (!r.byDay.length) return true;
  const weekday = weekdayOfDay(d);
  // Numbered weekdays count within the month for MONTHLY (and YEARLY narrowed by BYMONTH), else within the year.
  const inMonth = r.freq === 'MONTHLY' || r.byMonth.length > 0;
  const first = inMonth ? dayFromCivil(year, month, 1) : dayFromCivil(year, 1, 1);
  const last = inMonth ? first + monthLength - 1 : dayFromCivil(year, 12, 31);
  const fromStart = Math.floor((d - first) / 7) + 1;
  const fromEnd = -(Math.floor((last - d) / 7) + 1);
  return r.byDay.some((b) => b.weekday === weekday && (b.nth === null || b.nth === fromStart || b.nth === fromEnd));
}

/** Candidate days of the months [firstMonth, lastMonth] of `year`, before filtering: as few as the rule allows. */
function candidatesIn(r: RecurrenceRule, year: number, firstMonth: number, lastMonth: number): DayNumber[] {
  const days: DayNumber[] = [];
  if (r.byYearDay.length) {
    const jan1 = dayFromCivil(year, 1, 1);
    const yearLength = isLeapYear(year) ? 366 : 365;
    for (const n of r.byYearDay) if (Math.abs(n) <= yearLength) days.push(n > 0 ? jan1 + n - 1 : jan1 + yearLength + n);
    return days;
  }
  for (let month = firstMonth; month <= lastMonth; month++) {
    if (r.byMonth.length && !r.byMonth.includes(month)) continue;
    const first = dayFromCivil(year, month, 1);
    const length = daysInMonth(year, month);
    if (r.byMonthDay.length) {
      for (const n of r.byMonthDay) if (Math.abs(n) <= length) days.push(n > 0 ? first + n - 1 : first + length + n);
    } else if (r.byDay.length) {
      for (const weekday of new Set(r.byDay.map((b) => b.weekday))) {
        for (let d = first + ((weekday - weekdayOfDay(first) + 7) % 7); d < first + length; d += 7) days.push(d);
      }
    } else {
      for (let i = 0; i < length; i++) days.push(first + i);
    }
  }
  return days;
}

function pickSetPositions(r: RecurrenceRule, sorted: DayNumber[]): DayNumber[] {
  if (!r.bySetPos.length) return sorted;
  const picked = new Set<DayNumber>();
  for (const pos of r.bySetPos) {
    const day = sorted[pos > 0 ? pos - 1 : sorted.length + pos];
    if (day !== undefined) picked.add(day);
  }
  return [...picked].sort((a, b) => a - b);
}

/**
 * Dates the rule yields in [lo, hi] counting from `startsOn` (COUNT from there, INTERVAL in step
 * with it), at most `limit` of them. The caller applies UNTIL through `hi`. Periods before the
 * window are skipped by arithmetic unless COUNT needs them counted, so the work is bounded by the
 * periods from the first one needed to `hi` and the candidate days in them, never by how sparse
 * the rule is: a rule that never matches costs the same as one that always does.
 */
export function expandRule(rule: RecurrenceRule, startsOn: LocalDate, lo: LocalDate, hi: LocalDate, limit = Infinity): Expansion {
  const start = dayOfDate(startsOn);
  const loDay = Math.max(start, dayOfDate(lo));
  const hiDay = Math.min(dayOfDate(hi), dayFromCivil(LAST_YEAR, 12, 31));
  const r = withImplicitParts(rule, start);
  const found: DayNumber[] = [];
  let steps = 0;
  let remaining = r.count ?? Infinity;
  // From where the walk must begin: the window, unless COUNT needs the earlier periods counted.
  const walkFrom = r.count === null ? loDay : start;

  /** Takes one period's days in order; false once nothing further can be yielded. */
  const take = (days: DayNumber[]): boolean => {
    // Month days and year days may name one day twice (31 and -1); a set holds each day once.
    const sorted = [...new Set(days)].sort((a, b) => a - b);
    for (const d of pickSetPositions(r, sorted)) {
      if (d < start) continue;
      if (d > hiDay) return false;
      if (d >= loDay) found.push(d);
      if (--remaining === 0 || found.length >= limit) return false;
    }
    return true;
  };
  const keep = (days: DayNumber[]) => {
    steps += days.length;
    return days.filter((d) => matches(r, d));
  };

  if (loDay <= hiDay) {
    const s = civilFromDay(start);
    const w = civilFromDay(walkFrom);
    switch (r.freq) {
      case 'YEARLY': {
        const k0 = Math.max(0, Math.floor((w.year - s.year) / r.interval));
        for (let year = s.year + k0 * r.interval; dayFromCivil(year, 1, 1) <= hiDay; year += r.interval) {
          steps++;
          if (!take(keep(candidatesIn(r, year, 1, 12)))) break;
        }
        break;
      }
      case 'MONTHLY': {
        const startIndex = s.year * 12 + s.month - 1;
        const k0 = Math.max(0, Math.floor((w.year * 12 + w.month - 1 - startIndex) / r.interval));
        for (let i = startIndex + k0 * r.interval; ; i += r.interval) {
          const [year, month] = [Math.floor(i / 12), (i % 12) + 1];
          if (dayFromCivil(year, month, 1) > hiDay) break;
          steps++;
          if (!take(keep(candidatesIn(r, year, month, month)))) break;
        }
        break;
      }
      case 'WEEKLY': {
        const weekOf = (d: DayNumber) => d - ((weekdayOfDay(d) - r.weekStart + 7) % 7);
        const k0 = Math.max(0, Math.floor((weekOf(walkFrom) - weekOf(start)) / 7 / r.interval));
        for (let week = weekOf(start) + k0 * 7 * r.interval; week <= hiDay; week += 7 * r.interval) {
          steps++;
          // As rrule.js does, the first week starts at startsOn itself (this matters to BYSETPOS).
          const days = [0, 1, 2, 3, 4, 5, 6].map((i) => week + i).filter((d) => d >= start);
          if (!take(keep(days))) break;
        }
        break;
      }
      case 'DAILY': {
        // Visited a month at a time; INTERVAL counts days from startsOn.
        for (let i = w.year * 12 + w.month - 1; ; i++) {
          const [year, month] = [Math.floor(i / 12), (i % 12) + 1];
          const first = dayFromCivil(year, month, 1);
          if (first > hiDay) break;
          steps++;
          const steppable = !r.byMonthDay.length && !r.byDay.length && (!r.byMonth.length || r.byMonth.includes(month));
          const days = steppable
            ? everyNthDay(start, r.interval, Math.max(first, walkFrom), first + daysInMonth(year, month) - 1)
            : candidatesIn(r, year, month, month).filter((d) => d >= walkFrom && (d - start) % r.interval === 0);
          if (!take(keep(days))) break;
        }
        break;
      }
    }
  }
  return { dates: found.map(dateOfDay), steps };
}

/** Days in [from, to] a whole number of `interval`s after `start`. */
function everyNthDay(start: DayNumber, interval: number, from: DayNumber, to: DayNumber): DayNumber[] {
  const days: DayNumber[] = [];
  for (let d = from + ((((start - from) % interval) + interval) % interval); d <= to; d += interval) days.push(d);
  return days;
}

import { DateTime } from 'luxon';
import type { LocalDate } from './local-date';

/** The longest report: three years, so a funder's multi-year grant is one download. */
export const MAX_REPORT_YEARS = 3;

export const rangePresets = ['this-week', 'last-week', 'this-month', 'last-month', 'this-year'] as const;
type RangePreset = (typeof rangePresets)[number];
type DateRange = { from: LocalDate; to: LocalDate };

const day = (date: LocalDate) => DateTime.fromISO(date, { zone: 'UTC' });
const iso = (d: DateTime) => d.toISODate()!;

/** Whether [from, to] is forwards and at most three years long (three years and a day is not). */
export function fitsReport(from: LocalDate, to: LocalDate): 'ok' | 'backwards' | 'too_long' {
  if (to < from) return 'backwards';
  // Compared as instants, not strings: three years on from 9997 is year 10000, which ISO writes as +010000.
  return day(from).plus({ years: MAX_REPORT_YEARS }) < day(to) ? 'too_long' : 'ok';
}

/**
 * A named range around `today` (already the site's local date). Weeks run Monday to Sunday, as
 * a Norwegian calendar does; "this" ranges run to their end, so booked days ahead show too.
 */
export function presetRange(preset: RangePreset, today: LocalDate): DateRange {
  const t = day(today);
  const span = (start: DateTime, unit: 'week' | 'month' | 'year') => ({ from: iso(start.startOf(unit)), to: iso(start.endOf(unit)) });
  switch (preset) {
    case 'this-week':
      return span(t, 'week');
    case 'last-week':
      return span(t.minus({ weeks: 1 }), 'week');
    case 'this-month':
      return span(t, 'month');
    case 'last-month':
      return span(t.minus({ months: 1 }), 'month');
    case 'this-year':
      return span(t, 'year');
  }
}

/** Every date of [from, to] in order. */
export function datesOf({ from, to }: DateRange): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = day(from); iso(d) <= to; d = d.plus({ days: 1 })) out.push(iso(d));
  return out;
}

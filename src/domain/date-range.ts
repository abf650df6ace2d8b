import { DomainError } from './errors';
import { addDays, daysBetween, type LocalDate } from './local-date';

/** The longest range a schedule, session list or trace may ask for, in days between from and to. */
const MAX_RANGE_DAYS = 366;

/**
 * An inclusive date range from optional `from`/`to`: a missing end is `defaultDays` from the
 * other (from defaults to `today`). Backwards or longer than MAX_RANGE_DAYS is a 400.
 */
export function dateRange(query: { from?: LocalDate; to?: LocalDate }, today: LocalDate, defaultDays: number) {
  const from = query.from ?? (query.to ? addDays(query.to, -defaultDays) : today);
  const to = query.to ?? addDays(from, defaultDays);
  if (to < from) {
    throw new DomainError(400, 'invalid_range', `"to" (${to}) is before "from" (${from}).`, { fields: [{ field: 'to', message: 'before from' }] });
  }
  if (daysBetween(from, to) > MAX_RANGE_DAYS) {
    throw new DomainError(400, 'range_too_long', `At most ${MAX_RANGE_DAYS} days between from and to.`, {
      fields: [{ field: 'to', message: `more than ${MAX_RANGE_DAYS} days after from` }],
    });
  }
  return { from, to };
}

/**
 * The Monday-to-Sunday week a printed poster covers: this week, except from Saturday on, when a
 * poster put up at the weekend is read in the coming week.
 */
export function posterWeek(today: LocalDate): { from: LocalDate; to: LocalDate } {
  const soon = addDays(today, 2);
  const daysSinceMonday = (new Date(`${soon}T00:00:00Z`).getUTCDay() + 6) % 7;
  const from = addDays(soon, -daysSinceMonday);
  return { from, to: addDays(from, 6) };
}

/** How far from today, either way, the public pages and API accept a date. */
const PUBLIC_RANGE_YEARS = 3;

function yearsFrom(today: LocalDate, years: number): LocalDate {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * 400 `out_of_range` for a `date`, `from` or `to` more than PUBLIC_RANGE_YEARS years before or
 * after `today`: nobody plans that far, and each such window would be expanded and remembered.
 */
export function assertWithinPublicRange(query: { date?: LocalDate; from?: LocalDate; to?: LocalDate }, today: LocalDate): void {
  const earliest = yearsFrom(today, -PUBLIC_RANGE_YEARS);
  const latest = yearsFrom(today, PUBLIC_RANGE_YEARS);
  for (const field of ['date', 'from', 'to'] as const) {
    const value = query[field];
    if (value === undefined || (value >= earliest && value <= latest)) continue;
    const message = `must be between ${earliest} and ${latest}`;
    throw new DomainError(400, 'out_of_range', `"${field}" (${value}) ${message}.`, { fields: [{ field, message }] });
  }
}

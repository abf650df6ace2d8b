import { DomainError } from './errors';
import { addDays, daysBetween, type LocalDate } from './local-date';

/** The longest range a schedule, session list or trace may ask for, in days between from and to. */
export const MAX_RANGE_DAYS = 366;

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

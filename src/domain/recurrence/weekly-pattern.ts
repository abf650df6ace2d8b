import { DomainError } from '../errors';
import { assertLocalDate, type LocalDate } from '../local-date';
import { readRecurrenceRule, WEEKDAY_CODES } from './rule';

/**
 * Opening days as a form can ask for them (weekday boxes and one "repeats" choice) instead of an
 * RRULE typed by hand; converted both ways, so a rule the boxes can say opens in the boxes.
 */
export type Weekday = (typeof WEEKDAY_CODES)[number];
export const WEEKDAYS: readonly Weekday[] = WEEKDAY_CODES;

/** Every week, every 2nd/3rd/4th week, or the first … fourth or last of those weekdays in each month. */
export const REPEATS = [
  'every-week',
  'every-2nd-week',
  'every-3rd-week',
  'every-4th-week',
  'first-in-month',
  'second-in-month',
  'third-in-month',
  'fourth-in-month',
  'last-in-month',
] as const;
type Repeat = (typeof REPEATS)[number];

export type WeeklyPattern = { weekdays: ReadonlySet<Weekday>; repeat: Repeat; until?: LocalDate };

const WEEK_INTERVAL: Partial<Record<Repeat, number>> = { 'every-week': 1, 'every-2nd-week': 2, 'every-3rd-week': 3, 'every-4th-week': 4 };
const MONTH_ORDINAL: Partial<Record<Repeat, number>> = {
  'first-in-month': 1,
  'second-in-month': 2,
  'third-in-month': 3,
  'fourth-in-month': 4,
  'last-in-month': -1,
};

export function isRepeat(value: unknown): value is Repeat {
  return typeof value === 'string' && (REPEATS as readonly string[]).includes(value);
}

/** The weekly or monthly interval and ordinal a repeat stands for. */
export function repeatParts(repeat: Repeat): { weeks: number } | { nthInMonth: number } {
  const weeks = WEEK_INTERVAL[repeat];
  return weeks !== undefined ? { weeks } : { nthInMonth: MONTH_ORDINAL[repeat]! };
}

/**
 * The RRULE for a pattern: `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE`, or for a monthly one numbered
 * weekdays (`FREQ=MONTHLY;BYDAY=1MO,1WE`), which mean "the first Monday and the first Wednesday"
 * (BYSETPOS=1 would instead pick whichever of them comes first). UNTIL as a date.
 */
export function patternToRule(pattern: WeeklyPattern): string {
  const days = WEEKDAYS.filter((d) => pattern.weekdays.has(d));
  if (days.length === 0) {
    const message = 'Choose at least one weekday';
    throw new DomainError(400, 'invalid_input', message, { fields: [{ field: 'weekdays', message }] });
  }
  if (!isRepeat(pattern.repeat)) throw new DomainError(400, 'invalid_input', `Not a repeat: ${JSON.stringify(pattern.repeat)}`, { fields: [{ field: 'repeat', message: 'unknown' }] });
  const parts = repeatParts(pattern.repeat);
  const rule =
    'weeks' in parts
      ? `FREQ=WEEKLY;${parts.weeks > 1 ? `INTERVAL=${parts.weeks};` : ''}BYDAY=${days.join(',')}`
      : `FREQ=MONTHLY;BYDAY=${days.map((d) => `${parts.nthInMonth}${d}`).join(',')}`;
  if (pattern.until === undefined) return rule;
  assertLocalDate(pattern.until, 'until');
  return `${rule};UNTIL=${pattern.until.replace(/-/g, '')}`;
}

/**
 * The pattern for a rule when the boxes can say it (the same dates from any start), else null and
 * the form shows the rule as text. A UTC UNTIL is read in `zone`, as the expansion reads it.
 */
export function ruleToPattern(rule: string, zone = 'UTC'): WeeklyPattern | null {
  let r;
  try {
    r = readRecurrenceRule(rule, zone);
  } catch {
    return null;
  }
  if (r.count !== null || r.byMonthDay.length || r.byMonth.length || r.byYearDay.length || r.bySetPos.length) return null;
  if (r.byDay.length === 0 && r.freq !== 'DAILY') return null; // the weekday would come from startsOn
  const weekdays = new Set(r.byDay.length ? r.byDay.map((d) => WEEKDAYS[d.weekday]!) : WEEKDAYS);
  const until = r.until === null ? {} : { until: r.until };
  const plain = r.byDay.every((d) => d.nth === null);
  if (r.freq === 'DAILY' && r.interval === 1) return { weekdays, repeat: 'every-week', ...until };
  if (r.freq === 'WEEKLY' && plain) {
    // The week start decides which weeks are "every other" (the form's weeks start on Monday).
    if (r.interval > 1 && r.weekStart !== 0) return null;
    const repeat = REPEATS.find((p) => WEEK_INTERVAL[p] === r.interval);
    return repeat ? { weekdays, repeat, ...until } : null;
  }
  if (r.freq === 'MONTHLY' && r.interval === 1 && !plain) {
    const nth = r.byDay[0]!.nth;
    if (!r.byDay.every((d) => d.nth === nth)) return null;
    const repeat = REPEATS.find((p) => MONTH_ORDINAL[p] === nth);
    return repeat ? { weekdays, repeat, ...until } : null;
  }
  return null;
}

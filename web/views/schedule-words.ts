import { DateTime, Info } from 'luxon';
import type { LocalDate, WallTime } from '../../src/domain/local-date';
import { isReadableRule } from '../../src/domain/recurrence/dates';
import { readRecurrenceRule } from '../../src/domain/recurrence/rule';
import { repeatParts, ruleToPattern, WEEKDAYS } from '../../src/domain/recurrence/weekly-pattern';
import type { Catalogue } from '../i18n/catalogue';

export type ScheduleToSay = {
  rule: string;
  startsOn: LocalDate;
  until: LocalDate | null;
  /** The site's zone: a UTC UNTIL in the rule is read in it. */
  zone: string;
  startTime?: WallTime;
  durationMinutes?: number;
  /** The reader's today: years are said only when not this year, "from" only when still to come. */
  today: LocalDate;
};

function list(t: Catalogue, words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${t.schedule.and} ${words.at(-1)}`;
}

function date(t: Catalogue, day: LocalDate, today: LocalDate): string {
  const format = day.slice(0, 4) === today.slice(0, 4) ? t.schedule.dayMonth : t.schedule.dayMonthYear;
  return DateTime.fromISO(day, { zone: 'utc' }).setLocale(t.dates.locale).toFormat(format);
}

function hours(startTime: WallTime, durationMinutes: number | undefined): string {
  if (durationMinutes === undefined) return startTime;
  const [h, m] = startTime.split(':').map(Number) as [number, number];
  const end = (h * 60 + m + durationMinutes) % (24 * 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${startTime}–${pad(Math.floor(end / 60))}:${pad(end % 60)}`;
}

/** Which days, in words: "Mondays and Wednesdays, every 2nd week", "the last Friday of each month". */
function days(t: Catalogue, rule: string, zone: string): string {
  const pattern = ruleToPattern(rule, zone);
  if (!pattern) return t.schedule.ownRule;
  const indexes = WEEKDAYS.flatMap((d, i) => (pattern.weekdays.has(d) ? [i] : []));
  const parts = repeatParts(pattern.repeat);
  if ('nthInMonth' in parts) {
    const names = Info.weekdays('long', { locale: t.dates.locale });
    return t.schedule.nthInMonth(parts.nthInMonth, list(t, indexes.map((i) => names[i]!)));
  }
  if (indexes.length === 7 && parts.weeks === 1) return t.schedule.everyDay;
  const which = indexes.length === 7 ? t.schedule.everyDay : list(t, indexes.map((i) => t.schedule.weekdaysPlural[i]!));
  return `${which}, ${t.schedule.everyNthWeek(parts.weeks)}`;
}

/**
 * A schedule as the reader says it: "Mondays and Wednesdays, every week, 10:00–12:00, from
 * 30 November" / "mandager og onsdager, hver uke, 10:00–12:00, fra 30. november", ending with
 * "until …" when the rule or the schedule ends. A rule the weekday boxes cannot say gets a
 * generic phrase in place of the days.
 */
export function scheduleInWords(t: Catalogue, s: ScheduleToSay): string {
  // Saved by an older version with parts this one refuses: nothing is shown for it anywhere
  // until someone chooses its days again, and this is where staff learn so.
  if (!isReadableRule(s.rule, s.zone)) return t.schedule.unreadable;
  const words = [days(t, s.rule, s.zone)];
  if (s.startTime !== undefined) words.push(hours(s.startTime, s.durationMinutes));
  if (s.startsOn > s.today) words.push(t.schedule.from(date(t, s.startsOn, s.today)));
  const end = [s.until, readRecurrenceRule(s.rule, s.zone).until].filter((d): d is LocalDate => d !== null).sort()[0];
  if (end !== undefined) words.push(t.schedule.until(date(t, end, s.today)));
  return words.join(', ');
}

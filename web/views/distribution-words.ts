import { wallTimeToMinutes } from '../../src/domain/local-date';
import type { PageContext } from './layout';
import { scheduleInWords } from './schedule-words';

type Dist = { rrule: string; startsOn: string; until: string | null; opens: string; closes: string };

/** A distribution's days and hours in words: "Mondays and Wednesdays, every week, 10:00–12:00". */
export function distributionInWords(page: PageContext, d: Dist, zone: string, today: string) {
  const durationMinutes = wallTimeToMinutes(d.closes) - wallTimeToMinutes(d.opens);
  return scheduleInWords(page.t, { rule: d.rrule, startsOn: d.startsOn, until: d.until, zone, startTime: d.opens, durationMinutes, today });
}

import { DateTime } from 'luxon';

const ZONE = 'Europe/Oslo';

/** The first date on `weekday` (1 = Monday) at least `daysAhead` days from today in Oslo. */
export function nextWeekday(weekday: number, daysAhead = 14): string {
  let d = DateTime.now().setZone(ZONE).startOf('day').plus({ days: daysAhead });
  while (d.weekday !== weekday) d = d.plus({ days: 1 });
  return d.toISODate()!;
}

/** The next last-Sunday-of-`month` (3 = March, 10 = October) that is still ahead: a DST change in Europe. */
export function nextDstSunday(month: 3 | 10): string {
  const now = DateTime.now().setZone(ZONE);
  for (let year = now.year; ; year++) {
    let d = DateTime.fromObject({ year, month, day: 1 }, { zone: ZONE }).endOf('month').startOf('day');
    while (d.weekday !== 7) d = d.minus({ days: 1 });
    if (d > now.plus({ days: 1 })) return d.toISODate()!;
  }
}

export function localTime(iso: string) {
  return DateTime.fromISO(iso, { setZone: true }).toFormat('HH:mm');
}

import { between } from 'drizzle-orm';
import { todayIn } from '../../domain/local-date';
import { recurringDates } from '../../domain/recurrence/dates';
import type { ReportBike } from '../../schemas/reports';
import type { Services } from '../../services';
import { bikeStopCancellations, bikeStops, bikeStopTallies, bikeStopUpdates } from '../schema';

/**
 * One row per stop and day in [from, to]: each stop so far by today's rule and any day with a
 * tally, with the crew's status word (never its message) and the tallies. The bike belongs to
 * no single place, so a report for one place shows it too.
 */
export async function reportBike(services: Services, from: string, to: string): Promise<ReportBike[]> {
  const { db } = services;
  const [stops, tallies, updates, cancelled] = await Promise.all([
    db.select().from(bikeStops).orderBy(bikeStops.name).all(),
    db.select().from(bikeStopTallies).where(between(bikeStopTallies.date, from, to)).all(),
    db.select({ stopId: bikeStopUpdates.stopId, date: bikeStopUpdates.date, status: bikeStopUpdates.status }).from(bikeStopUpdates).where(between(bikeStopUpdates.date, from, to)).all(),
    db.select({ stopId: bikeStopCancellations.stopId, date: bikeStopCancellations.date }).from(bikeStopCancellations).where(between(bikeStopCancellations.date, from, to)).all(),
  ]);
  const talliesBy = new Map<string, { people: number; items: Record<string, number> }>();
  for (const t of tallies) {
    const key = `${t.stopId}|${t.date}`;
    const day = talliesBy.get(key) ?? { people: 0, items: {} };
    if (t.kind === 'people') day.people += t.count;
    else day.items[t.kind] = (day.items[t.kind] ?? 0) + t.count;
    talliesBy.set(key, day);
  }
  const statusBy = new Map(updates.map((u) => [`${u.stopId}|${u.date}`, u.status]));
  const cancelledSet = new Set(cancelled.map((c) => `${c.stopId}|${c.date}`));
  const talliedDays = new Map<number, string[]>();
  for (const t of tallies) talliedDays.set(t.stopId, [...(talliedDays.get(t.stopId) ?? []), t.date]);

  const rows: ReportBike[] = [];
  for (const stop of stops) {
    // A stop still ahead has nothing to count yet; it shows once it has happened (or been tallied).
    const lastPlanned = [to, todayIn(stop.timezone, services.now())].sort()[0]!;
    const dates = new Set([...recurringDates(stop.rrule, stop.startsOn, stop.until, from, lastPlanned), ...(talliedDays.get(stop.id) ?? [])]);
    for (const date of [...dates].sort()) {
      const key = `${stop.id}|${date}`;
      const counted = talliesBy.get(key) ?? { people: 0, items: {} };
      const status = cancelledSet.has(key) ? 'cancelled' : (statusBy.get(key) ?? 'planned');
      rows.push({ date, stop: stop.slug, status, people: counted.people, items: counted.items });
    }
  }
  return rows;
}

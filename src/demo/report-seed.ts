import { eq } from 'drizzle-orm';
import { slotsOn } from '../db/day-plan';
import { activities, attendanceCounts, bikeStops, bikeStopTallies, closures, dailyCounts, type distributions } from '../db/schema';
import { addDays, todayIn } from '../domain/local-date';
import { recurringDates } from '../domain/recurrence/dates';
import { stopOffers, type BikeStopRow } from '../db/bike-stops';
import type { Services } from '../services';

const ZONE = 'Europe/Oslo';
export const DEMO_HISTORY_DAYS = 30;
// D1 binds at most 100 parameters a statement.
const ROWS_PER_STATEMENT = 12;

type Distribution = typeof distributions.$inferSelect;

/** A number in [0, 1) from a text: the same demo history on every start, no Math.random. */
function noise(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 2 ** 32;
}
const between = (key: string, lo: number, hi: number) => lo + Math.floor(noise(key) * (hi - lo + 1));

async function insertAll<T extends object>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) await insert(rows.slice(i, i + ROWS_PER_STATEMENT));
}

/**
 * The last month as the clean-up would have left it, so a new user's report has something to
 * show: daily counts with plausible numbers, a day the food distribution was closed, and a
 * capacity change (five a slot until twelve days ago, four since), bike tallies and attendance.
 */
export async function seedReportHistory(services: Services, food: Distribution, others: Distribution[]) {
  const today = todayIn(ZONE, services.now());
  const from = addDays(today, -DEMO_HISTORY_DAYS);
  const yesterday = addDays(today, -1);
  const changedOn = addDays(today, -12);
  const foodDays = recurringDates(food.rrule, food.startsOn, food.until, from, yesterday);
  const closedDay = foodDays[Math.floor(foodDays.length / 2) - 1]!;
  await services.db.insert(closures).values({ distributionId: food.id, date: closedDay, reason: 'Vannlekkasje på kjøkkenet', createdAt: services.now() });

  const days: (typeof dailyCounts.$inferInsert)[] = [];
  for (const d of [food, ...others]) {
    for (const date of recurringDates(d.rrule, d.startsOn, d.until, from, yesterday)) {
      const perSlot = d.id === food.id && date < changedOn ? d.perSlot + 1 : d.perSlot;
      const capacity = slotsOn(d, date, ZONE).length * perSlot;
      if (d.id === food.id && date === closedDay) {
        days.push({ distributionId: d.id, date, booked: 0, pickedUp: 0, noShow: 0, cancelled: 0, capacity });
        continue;
      }
      const key = `${d.id}|${date}`;
      const issued = Math.round(capacity * (0.55 + 0.4 * noise(`${key}|issued`)));
      const cancelled = between(`${key}|cancelled`, 0, Math.max(1, Math.round(issued * 0.08)));
      const noShow = between(`${key}|noshow`, 0, Math.max(1, Math.round((issued - cancelled) * 0.18)));
      const booked = between(`${key}|booked`, 0, 1);
      days.push({ distributionId: d.id, date, booked, pickedUp: Math.max(0, issued - cancelled - noShow - booked), noShow, cancelled, capacity });
    }
  }
  await insertAll(days, (chunk) => services.db.insert(dailyCounts).values(chunk));

  const stops: BikeStopRow[] = await services.db.select().from(bikeStops).all();
  const tallies: (typeof bikeStopTallies.$inferInsert)[] = [];
  for (const stop of stops) {
    for (const date of recurringDates(stop.rrule, stop.startsOn, stop.until, from, yesterday)) {
      const key = `${stop.slug}|${date}`;
      tallies.push({ stopId: stop.id, date, kind: 'people', count: between(`${key}|people`, 4, 22) });
      for (const offer of stopOffers(stop)) if (offer !== 'talk') tallies.push({ stopId: stop.id, date, kind: offer, count: between(`${key}|${offer}`, 0, 9) });
    }
  }
  await insertAll(tallies, (chunk) => services.db.insert(bikeStopTallies).values(chunk));

  const sessions: (typeof attendanceCounts.$inferInsert)[] = [];
  for (const a of await services.db.select().from(activities).where(eq(activities.slug, 'gatelaget')).all()) {
    for (const date of recurringDates(a.rrule, a.startsOn, a.until, from, yesterday)) {
      for (let cohort = 0; cohort < a.cohorts; cohort++) {
        const enrolled = Math.min(a.cohortSize, 3 + between(`${a.slug}|${cohort}`, 0, 2));
        sessions.push({ activityId: a.id, date, cohort, enrolled, attended: between(`${a.slug}|${date}|${cohort}`, 1, enrolled) });
      }
    }
  }
  await insertAll(sessions, (chunk) => services.db.insert(attendanceCounts).values(chunk));
}

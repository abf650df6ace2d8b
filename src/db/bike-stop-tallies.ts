import { and, asc, between, eq, sql } from 'drizzle-orm';
import type { Services } from '../services';
import { assertStopDate, type BikeStopRow } from './bike-stops';
import { bikeStopTallies } from './schema';

type Tally = { date: string; people: number; items: Record<string, number> };

/**
 * Adds counts to a stop's day. One upsert adds every kind at once, so two crew members
 * tallying the same stop never overwrite each other. No names: numbers only.
 */
export async function addTally(services: Services, stop: BikeStopRow, input: Tally) {
  assertStopDate(stop, input.date);
  const rows = [
    { kind: 'people', count: input.people },
    ...Object.entries(input.items).map(([kind, count]) => ({ kind, count })),
  ].map((r) => ({ stopId: stop.id, date: input.date, ...r }));
  await services.db
    .insert(bikeStopTallies)
    .values(rows)
    .onConflictDoUpdate({
      target: [bikeStopTallies.stopId, bikeStopTallies.date, bikeStopTallies.kind],
      set: { count: sql`${bikeStopTallies.count} + excluded.count` },
    });
  const [day] = await stopTallies(services, stop, input.date, input.date);
  return { stop: stop.slug, ...(day ?? { date: input.date, people: 0, items: {} }) };
}

/** Per-date counts for a stop in [from, to], and their sums. */
export async function stopTallies({ db }: Services, stop: BikeStopRow, from: string, to: string): Promise<Tally[]> {
  const rows = await db
    .select()
    .from(bikeStopTallies)
    .where(and(eq(bikeStopTallies.stopId, stop.id), between(bikeStopTallies.date, from, to)))
    .orderBy(asc(bikeStopTallies.date), asc(bikeStopTallies.kind))
    .all();
  const byDate = new Map<string, Tally>();
  for (const r of rows) {
    const day = byDate.get(r.date) ?? { date: r.date, people: 0, items: {} };
    if (r.kind === 'people') day.people += r.count;
    else day.items[r.kind] = (day.items[r.kind] ?? 0) + r.count;
    byDate.set(r.date, day);
  }
  return [...byDate.values()];
}

export function sumTallies(days: Tally[]) {
  const items: Record<string, number> = {};
  for (const d of days) for (const [kind, n] of Object.entries(d.items)) items[kind] = (items[kind] ?? 0) + n;
  return { people: days.reduce((n, d) => n + d.people, 0), items };
}

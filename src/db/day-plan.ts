import { and, between, eq, ne, sql } from 'drizzle-orm';
import type { SlotLoad } from '../domain/allocation';
import { isoInZone } from '../domain/local-date';
import { isRecurringDate } from '../domain/recurrence';
import { daySlots } from '../domain/slots';
import type { Services } from '../http/context';
import type { DistributionRow } from './distributions';
import { prepared } from './prepared';
import { closures, tickets } from './schema';

export type DayPlan = {
  date: string;
  openingDay: boolean;
  closed: { reason: string } | null;
  /** The day's slots with their live load; empty when it is not an opening day. */
  slots: SlotLoad[];
};

/** The slots a distribution has on a date, as wall-clock times in the zone (no database). */
export function slotsOn(d: DistributionRow, date: string, zone: string) {
  if (!isRecurringDate(d.rrule, d.startsOn, d.until, date)) return [];
  return daySlots({ date, opens: d.opens, closes: d.closes, slotMinutes: d.slotMinutes, zone });
}

// Asked on every ticket issued and every slot view.
const closureOn = prepared((db) =>
  db
    .select({ reason: closures.reason })
    .from(closures)
    .where(and(eq(closures.distributionId, sql.placeholder('id')), eq(closures.date, sql.placeholder('date'))))
    .prepare(),
);
// By the day's slot starts rather than its date: SQLite then reads only the covering index
// tickets_slot (distribution, slot_start, status) for that day; asked by date it picks the same
// index for the GROUP BY but scans every ticket the distribution has.
const loadsBetween = prepared((db) =>
  db
    .select({ start: tickets.slotStart, taken: sql<number>`count(*)` })
    .from(tickets)
    .where(
      and(
        eq(tickets.distributionId, sql.placeholder('id')),
        between(tickets.slotStart, sql.placeholder('first'), sql.placeholder('last')),
        ne(tickets.status, 'cancelled'),
      ),
    )
    .groupBy(tickets.slotStart)
    .prepare(),
);

/** The closure of a distribution on a date, if any. */
export async function findClosure({ db }: Services, d: DistributionRow, date: string): Promise<{ reason: string } | null> {
  return (await closureOn(db).get({ id: d.id, date })) ?? null;
}

/**
 * With `counts: false` the seats are not counted (every slot shows `taken: 0`): for a caller
 * whose own write counts them, like a single ticket's INSERT ... SELECT.
 */
export async function loadDayPlan(services: Services, d: DistributionRow, date: string, zone: string, options: { counts?: boolean } = {}): Promise<DayPlan> {
  const cut = slotsOn(d, date, zone);
  const [closure, loads] = await Promise.all([
    findClosure(services, d, date),
    cut.length === 0 || options.counts === false
      ? Promise.resolve([])
      : loadsBetween(services.db).all({ id: d.id, first: cut[0]!.start, last: cut[cut.length - 1]!.start }),
  ]);
  const taken = new Map(loads.map((l) => [l.start, Number(l.taken)]));
  return {
    date,
    openingDay: cut.length > 0,
    closed: closure ? { reason: closure.reason } : null,
    // Fields spelled out: on Node 20 `{ ...s, more }` takes V8's slow path, ~1.5 µs an object.
    slots: cut.map((s) => ({ start: s.start, end: s.end, capacity: d.perSlot, taken: taken.get(s.start) ?? 0 })),
  };
}

export function slotLoadView(s: SlotLoad, zone: string) {
  return {
    start: isoInZone(s.start, zone),
    end: isoInZone(s.end, zone),
    capacity: s.capacity,
    taken: s.taken,
    free: Math.max(0, s.capacity - s.taken),
  };
}

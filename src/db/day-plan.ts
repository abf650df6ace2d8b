import { and, eq, ne, sql } from 'drizzle-orm';
import type { SlotLoad } from '../domain/allocation';
import { isoInZone } from '../domain/local-date';
import { isRecurringDate } from '../domain/recurrence';
import { daySlots } from '../domain/slots';
import type { Services } from '../http/context';
import type { DistributionRow } from './distributions';
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

export async function loadDayPlan({ db }: Services, d: DistributionRow, date: string, zone: string): Promise<DayPlan> {
  const cut = slotsOn(d, date, zone);
  const [closure, loads] = await Promise.all([
    db.select({ reason: closures.reason }).from(closures).where(and(eq(closures.distributionId, d.id), eq(closures.date, date))).get(),
    cut.length === 0
      ? Promise.resolve([])
      : db
          .select({ start: tickets.slotStart, taken: sql<number>`count(*)` })
          .from(tickets)
          .where(and(eq(tickets.distributionId, d.id), eq(tickets.date, date), ne(tickets.status, 'cancelled')))
          .groupBy(tickets.slotStart)
          .all(),
  ]);
  const taken = new Map(loads.map((l) => [l.start, Number(l.taken)]));
  return {
    date,
    openingDay: cut.length > 0,
    closed: closure ? { reason: closure.reason } : null,
    slots: cut.map((s) => ({ ...s, capacity: d.perSlot, taken: taken.get(s.start) ?? 0 })),
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

import { and, between, eq, sql } from 'drizzle-orm';
import type { SlotLoad } from '../domain/allocation';
import { isRecurringDate } from '../domain/recurrence/dates';
import { daySlots } from '../domain/slots';
import type { Services } from '../services';
import type { DistributionRow } from './distributions';
import { prepared } from './prepared';
import { closures, slotLoads } from './schema';

export type DayPlan = {
  date: string;
  openingDay: boolean;
  closed: { reason: string } | null;
  /** The day's slots with their live load; empty when it is not an opening day. */
  slots: readonly SlotLoad[];
};

type Slot = { start: number; end: number };
type SlotFields = Pick<DistributionRow, 'rrule' | 'startsOn' | 'until' | 'opens' | 'closes' | 'slotMinutes'>;

/** The slots a distribution has on a date, as wall-clock times in the zone (no database). */
export function slotsOn(d: SlotFields, date: string, zone: string): readonly Slot[] {
  if (!isRecurringDate(d.rrule, d.startsOn, d.until, date, zone)) return [];
  return daySlots({ date, opens: d.opens, closes: d.closes, slotMinutes: d.slotMinutes, zone }).map((s) => ({ start: s.start, end: s.end }));
}

// Asked on every ticket issued and every slot view.
const closureOn = prepared((db) =>
  db
    .select({ reason: closures.reason })
    .from(closures)
    .where(and(eq(closures.distributionId, sql.placeholder('id')), eq(closures.date, sql.placeholder('date'))))
    .prepare(),
);
// The day's live seats per slot, read from slot_loads (kept exact by triggers on tickets):
// one primary-key range of at most a day's slots instead of counting the day's tickets.
const loadsBetween = prepared((db) =>
  db
    .select({ start: slotLoads.slotStart, taken: slotLoads.taken })
    .from(slotLoads)
    .where(and(eq(slotLoads.distributionId, sql.placeholder('id')), between(slotLoads.slotStart, sql.placeholder('first'), sql.placeholder('last'))))
    .prepare(),
);

/** The closure of a distribution on a date, if any. */
export async function findClosure({ db }: Services, d: DistributionRow, date: string): Promise<{ reason: string } | null> {
  return (await closureOn(db).get({ id: d.id, date })) ?? null;
}

/** The day's slots with their live loads, from what was read: `loads` maps a slot start to its seats taken. */
export function dayPlanOf(d: DistributionRow, date: string, zone: string, closure: { reason: string } | null, loads: ReadonlyMap<number, number>): DayPlan {
  const cut = slotsOn(d, date, zone);
  return {
    date,
    openingDay: cut.length > 0,
    closed: closure ? { reason: closure.reason } : null,
    slots: cut.map((s) => ({ start: s.start, end: s.end, capacity: d.perSlot, taken: loads.get(s.start) ?? 0 })),
  };
}

/** The day's plan; a `closure` already read with something else (null: none) is not read again. */
export async function loadDayPlan(services: Services, d: DistributionRow, date: string, zone: string, known: { closure?: { reason: string } | null } = {}): Promise<DayPlan> {
  const cut = slotsOn(d, date, zone);
  const [closure, loads] = await Promise.all([
    known.closure !== undefined ? known.closure : findClosure(services, d, date),
    cut.length > 0 ? loadsBetween(services.db).all({ id: d.id, first: cut[0]!.start, last: cut[cut.length - 1]!.start }) : [],
  ]);
  return dayPlanOf(d, date, zone, closure, new Map(loads.map((l) => [l.start, Number(l.taken)])));
}

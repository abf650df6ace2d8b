import { and, between, eq, sql } from 'drizzle-orm';
import type { SlotLoad } from '../domain/allocation';
import { keepBounded } from '../domain/keep-bounded';
import { isRecurringDate } from '../domain/recurrence';
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
// Every ticket issued and every list asks for a day's slots; they depend only on these fields,
// so recent days are kept (frozen: callers share them). A changed row gives a new key.
const recentSlots = new Map<string, readonly Slot[]>();
const RECENT_SLOTS_LIMIT = 2_000;

/** The slots a distribution has on a date, as wall-clock times in the zone (no database). */
export function slotsOn(d: SlotFields, date: string, zone: string): readonly Slot[] {
  // First by the row object itself (the place tickets are issued on is remembered, so a walk-in
  // desk passes the same row all morning) with a short key; then by every field that matters.
  let byDay = slotsByRow.get(d);
  if (!byDay) slotsByRow.set(d, (byDay = new Map()));
  const dayKey = `${date}|${zone}`;
  const known = byDay.get(dayKey);
  return known ?? keepBounded(byDay, RECENT_SLOTS_LIMIT, dayKey, slotsByFields(d, date, zone));
}

type SlotFields = Pick<DistributionRow, 'rrule' | 'startsOn' | 'until' | 'opens' | 'closes' | 'slotMinutes'>;
const slotsByRow = new WeakMap<SlotFields, Map<string, readonly Slot[]>>();

function slotsByFields(d: SlotFields, date: string, zone: string): readonly Slot[] {
  const key = `${date}|${zone}|${d.opens}|${d.closes}|${d.slotMinutes}|${d.startsOn}|${d.until}|${d.rrule}`;
  const known = recentSlots.get(key);
  if (known) return known;
  const slots = !isRecurringDate(d.rrule, d.startsOn, d.until, date, zone)
    ? []
    : daySlots({ date, opens: d.opens, closes: d.closes, slotMinutes: d.slotMinutes, zone }).map((s) => Object.freeze({ start: s.start, end: s.end }));
  // The array is shared but not frozen: V8's array builtins (map, filter) take a slow path on a
  // frozen array, ~9× slower. `readonly` guards it at compile time.
  return keepBounded(recentSlots, RECENT_SLOTS_LIMIT, key, slots);
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

/**
 * The same rows as `loadsBetween`, as one row of two JSON arrays: starts as ms after `first`
 * (small integers, which V8 keeps unboxed) and seats taken. better-sqlite3 makes a JavaScript
 * value per column of every row (~1 µs a row of two) and a day has up to ~50 slots; two short
 * strings and JSON.parse cost a third of that. Both arrays are built in one pass over the same
 * rows, so they pair up index by index; no ORDER BY in them (a sort for each aggregate doubled
 * the statement's time). For issuing one ticket under the write lock, the busiest write.
 */
export const loadsBetweenAsJson = prepared((db) =>
  db
    .select({
      startsAfterFirst: sql<string>`json_group_array(${slotLoads.slotStart} - ${sql.placeholder('first')})`,
      taken: sql<string>`json_group_array(${slotLoads.taken})`,
    })
    .from(slotLoads)
    .where(and(eq(slotLoads.distributionId, sql.placeholder('id')), between(slotLoads.slotStart, sql.placeholder('first'), sql.placeholder('last'))))
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
export async function loadDayPlan(
  services: Services,
  d: DistributionRow,
  date: string,
  zone: string,
  // `closure` when the caller has read it already (issuing reads it with the distribution).
  options: { counts?: boolean; closure?: { reason: string } | null } = {},
): Promise<DayPlan> {
  const cut = slotsOn(d, date, zone);
  if (options.counts === false && options.closure !== undefined) return plannedDay(d, date, cut, options.closure, null);
  const [closure, loads] = await Promise.all([
    options.closure !== undefined ? options.closure : findClosure(services, d, date),
    cut.length === 0 || options.counts === false
      ? Promise.resolve([])
      : loadsBetween(services.db).all({ id: d.id, first: cut[0]!.start, last: cut[cut.length - 1]!.start }),
  ]);
  return plannedDay(d, date, cut, closure, new Map(loads.map((l) => [l.start, Number(l.taken)])));
}

/** The day's plan; `taken` null when the seats are not counted (every slot shows 0). */
function plannedDay(d: DistributionRow, date: string, cut: readonly Slot[], closure: { reason: string } | null, taken: ReadonlyMap<number, number> | null): DayPlan {
  return {
    date,
    openingDay: cut.length > 0,
    closed: closure ? { reason: closure.reason } : null,
    // Fields spelled out: on Node 20 `{ ...s, more }` takes V8's slow path, ~1.5 µs an object.
    slots: taken ? cut.map((s) => ({ start: s.start, end: s.end, capacity: d.perSlot, taken: taken.get(s.start) ?? 0 })) : uncounted(cut, d.perSlot),
  };
}

// Uncounted slots are the same for every walk-in on a day: made once (frozen, shared) per day's
// cut and capacity instead of ~50 objects a ticket.
const uncountedByCut = new WeakMap<readonly Slot[], { capacity: number; slots: SlotLoad[] }>();

function uncounted(cut: readonly Slot[], capacity: number): SlotLoad[] {
  const known = uncountedByCut.get(cut);
  if (known?.capacity === capacity) return known.slots;
  // Objects frozen, the array not (see slotsByFields).
  const slots = cut.map((s) => Object.freeze({ start: s.start, end: s.end, capacity, taken: 0 }));
  uncountedByCut.set(cut, { capacity, slots });
  return slots;
}

import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import { todayIn } from '../domain/local-date';
import { serializeNotice } from '../domain/notices';
import { reflowAfterCapacityChange } from '../domain/reflow';
import type { Services } from '../services';
import { slotsOn } from './day-plan';
import { assertValidDistribution, duplicateSlugOr, type DistributionFields, type DistributionRow } from './distributions';
import { distributions, tickets } from './schema';
import type { SiteRow } from './sites';
import { triggerFailure } from './sql-errors';

type Reflow = {
  moves: { id: number; from: number; to: number; toEnd: number }[];
  cancels: { id: number; from: number }[];
};
const SLOT_SHAPING: (keyof DistributionFields)[] = ['rrule', 'startsOn', 'until', 'opens', 'closes', 'slotMinutes', 'perSlot'];
// D1 binds at most 100 parameters a statement.
const IDS_PER_STATEMENT = 90;

/**
 * Saves a change to a distribution and, when it changes the slots, re-seats the booked tickets
 * from today on: those that no longer fit move to the nearest later free slot of their day in
 * issue order, the rest are cancelled, each with a notice. With `dryRun` only the counts come back.
 */
export async function updateDistribution(
  services: Services,
  site: SiteRow,
  current: DistributionRow,
  changes: Partial<DistributionFields>,
  options: { dryRun: boolean },
) {
  const next: DistributionRow = { ...current, ...changes, until: changes.until === undefined ? current.until : changes.until };
  assertValidDistribution(next);
  const reshapes = SLOT_SHAPING.some((k) => k in changes && changes[k] !== current[k]);

  for (let attempt = 1; ; attempt++) {
    const plan = reshapes ? await planReflow(services, site, next) : { moves: [], cancels: [] };
    const outcome = { moved: plan.moves.length, cancelled: plan.cancels.length };
    if (options.dryRun) return { distribution: next, ...outcome };
    try {
      const [rows] = await services.store.atomic([
        services.db.update(distributions).set(changes).where(eq(distributions.id, current.id)).returning(),
        ...reseatQueries(services, plan),
      ]);
      return { distribution: (rows as DistributionRow[])[0]!, ...outcome };
    } catch (error) {
      // A ticket was issued into a slot our plan counted as free: plan again from fresh counts.
      if (triggerFailure(error) === 'slot_full' && attempt < 5) continue;
      throw duplicateSlugOr(error, changes.slug);
    }
  }
}

async function planReflow(services: Services, site: SiteRow, next: DistributionRow): Promise<Reflow> {
  const today = todayIn(site.timezone, services.now());
  const booked = await services.db
    .select({ id: tickets.id, date: tickets.date, start: tickets.slotStart })
    .from(tickets)
    .where(and(eq(tickets.distributionId, next.id), eq(tickets.status, 'booked'), gte(tickets.date, today)))
    .orderBy(asc(tickets.id))
    .all();
  const byDate = new Map<string, typeof booked>();
  for (const t of booked) byDate.set(t.date, [...(byDate.get(t.date) ?? []), t]);
  const total: Reflow = { moves: [], cancels: [] };
  for (const [date, dayTickets] of byDate) {
    const slots = slotsOn(next, date, site.timezone).map((s) => ({ ...s, capacity: next.perSlot }));
    const endOf = new Map(slots.map((s) => [s.start, s.end]));
    const day = reflowAfterCapacityChange({ slots, tickets: dayTickets.map((t) => ({ id: t.id, start: t.start, issuedOrder: t.id })) });
    total.moves.push(...day.moves.map((m) => ({ ...m, toEnd: endOf.get(m.to)! })));
    total.cancels.push(...day.cancels);
  }
  return total;
}

/**
 * Moved tickets first leave their seats (all of them, so that no move waits on a seat another
 * move frees later in the batch), then take the new ones; the capacity trigger checks each.
 */
function reseatQueries(services: Services, plan: Reflow) {
  const now = services.now();
  const queries = [];
  const vacate = [...plan.moves.map((m) => m.id), ...plan.cancels.map((c) => c.id)];
  for (let i = 0; i < vacate.length; i += IDS_PER_STATEMENT) {
    queries.push(
      services.db
        .update(tickets)
        .set({ status: 'cancelled', notice: serializeNotice({ kind: 'cancelled_capacity' }), updatedAt: now })
        .where(inArray(tickets.id, vacate.slice(i, i + IDS_PER_STATEMENT)))
        .returning({ id: tickets.id }),
    );
  }
  for (const move of plan.moves) {
    queries.push(
      services.db
        .update(tickets)
        .set({ status: 'booked', slotStart: move.to, slotEnd: move.toEnd, notice: serializeNotice({ kind: 'moved', previousStart: move.from }), updatedAt: now })
        .where(eq(tickets.id, move.id))
        .returning({ id: tickets.id }),
    );
  }
  return queries;
}

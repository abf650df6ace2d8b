import { and, asc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import { DomainError } from '../domain/errors';
import { todayIn } from '../domain/local-date';
import { serializeNotice } from '../domain/notices';
import { reflowAfterCapacityChange } from '../domain/reflow';
import type { Services } from '../services';
import { noBookedOverCapacity, unchangedSince, type SeenTicket } from './capacity-guard';
import { slotsOn } from './day-plan';
import { assertValidDistribution, duplicateSlugOr, type DistributionFields, type DistributionRow } from './distributions';
import { distributions, tickets } from './schema';
import type { SiteRow } from './sites';
import { triggerFailure } from './sql-errors';
import { auditEntry, type Actor } from './audit';

type Reflow = {
  today: string;
  /** The live tickets from today on as the plan read them; the write checks they are still so. */
  seen: SeenTicket[];
  moves: { id: number; from: number; to: number; toEnd: number }[];
  cancels: { id: number; from: number }[];
};
// The fields whose change bumps `version` (trigger distributions_version_on_reshape).
const SLOT_SHAPING: (keyof DistributionFields)[] = ['rrule', 'startsOn', 'until', 'opens', 'closes', 'slotMinutes', 'perSlot'];
// D1 binds at most 100 parameters a statement.
const IDS_PER_STATEMENT = 90;
// Well under D1's 2 MB for a value: about 100 bytes a move.
const MOVES_PER_STATEMENT = 5_000;
const MAX_ATTEMPTS = 6;

/**
 * Saves a change to a distribution and, when it changes the slots, re-seats the booked tickets
 * from today on: those that no longer fit move to the nearest later free slot of their day in
 * issue order, the rest are cancelled, each with a notice. Picked-up and no-show tickets keep
 * their seats. The plan is read first and written as one atomic unit that opens with a guard
 * (the tickets are still as read) and ends with one (no booked ticket over the new capacity);
 * when a guard or a capacity trigger fails, tickets changed meanwhile: plan again, then 409.
 * With `dryRun` only the counts come back.
 */
export async function updateDistribution(
  services: Services,
  site: SiteRow,
  current: DistributionRow,
  changes: Partial<DistributionFields>,
  options: { dryRun: boolean; actor: Actor },
) {
  let base = current;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    // A retry plans from the row as it is now: another change may have landed meanwhile.
    if (attempt > 1) base = await currentRow(services, current.id);
    const next: DistributionRow = { ...base, ...changes, until: changes.until === undefined ? base.until : changes.until };
    assertValidDistribution(next);
    const reshapes = SLOT_SHAPING.some((k) => k in changes && changes[k] !== base[k]);
    const plan = reshapes ? await planReflow(services, site, next) : null;
    const outcome = { moved: plan?.moves.length ?? 0, cancelled: plan?.cancels.length ?? 0 };
    if (options.dryRun) return { distribution: next, ...outcome };
    const update = services.db.update(distributions).set(changes).where(eq(distributions.id, base.id)).returning();
    // RETURNING shows the row before its AFTER triggers ran, so the bumped version is read after.
    const updated = services.db.select().from(distributions).where(eq(distributions.id, base.id));
    try {
      const audit = auditEntry(services, options.actor, 'distribution_changed', changeSummary(site, base, changes, outcome));
      const results = await services.store.atomic(
        plan
          ? [
              unchangedSince(services, base.id, base.version, plan.today, plan.seen),
              update,
              updated,
              ...reseatQueries(services, plan),
              noBookedOverCapacity(services, base.id, plan.today),
              audit,
            ]
          : [update, audit],
      );
      const rows = (plan ? results[2] : results[0]) as DistributionRow[];
      if (!rows[0]) throw new DomainError(404, 'distribution_not_found', 'The distribution no longer exists.');
      return { distribution: rows[0], ...outcome };
    } catch (error) {
      const failure = triggerFailure(error);
      // A booked ticket on a closed day (kept from before closures cancelled them) cannot be re-seated.
      if (failure === 'day_closed') throw new DomainError(409, 'day_closed', 'A ticket to be moved is on a closed day; reopen the day or cancel its tickets first. Nothing was saved.');
      if (failure !== 'slot_full' && failure !== 'plan_stale') throw duplicateSlugOr(error, changes.slug);
      // Tickets or the row changed between our read and our write (an issue, a pickup, a change).
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
  throw new DomainError(409, 'busy', 'Tickets of this distribution are changing right now; nothing was saved, please try again.');
}

async function currentRow({ db }: Services, id: number): Promise<DistributionRow> {
  const row = await db.select().from(distributions).where(eq(distributions.id, id)).get();
  if (!row) throw new DomainError(404, 'distribution_not_found', 'The distribution no longer exists.');
  return row;
}

/** Every live ticket counts: the capacity triggers count them all, and held ones cannot move. */
async function planReflow(services: Services, site: SiteRow, next: DistributionRow): Promise<Reflow> {
  const today = todayIn(site.timezone, services.now());
  const live = await services.db
    .select({ id: tickets.id, date: tickets.date, start: tickets.slotStart, status: tickets.status })
    .from(tickets)
    .where(and(eq(tickets.distributionId, next.id), ne(tickets.status, 'cancelled'), gte(tickets.date, today)))
    .orderBy(asc(tickets.id))
    .all();
  const byDate = new Map<string, typeof live>();
  for (const t of live) byDate.set(t.date, [...(byDate.get(t.date) ?? []), t]);
  const total: Reflow = { today, seen: live.map((t) => [t.id, t.status, t.start]), moves: [], cancels: [] };
  for (const [date, dayTickets] of byDate) {
    if (!dayTickets.some((t) => t.status === 'booked')) continue;
    const slots = slotsOn(next, date, site.timezone).map((s) => ({ ...s, capacity: next.perSlot }));
    const endOf = new Map(slots.map((s) => [s.start, s.end]));
    const day = reflowAfterCapacityChange({
      slots,
      tickets: dayTickets.map((t) => ({ id: t.id, start: t.start, issuedOrder: t.id, held: t.status !== 'booked' })),
    });
    total.moves.push(...day.moves.map((m) => ({ ...m, toEnd: endOf.get(m.to)! })));
    total.cancels.push(...day.cancels);
  }
  return total;
}

/**
 * Moved tickets first leave their seats (all of them, so that no move waits on a seat another
 * move frees later in the unit), then take the new ones; the capacity trigger checks each.
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
        .where(and(inArray(tickets.id, vacate.slice(i, i + IDS_PER_STATEMENT)), eq(tickets.status, 'booked')))
        .returning({ id: tickets.id }),
    );
  }
  // All moves in one statement each MOVES_PER_STATEMENT, the rows as one JSON parameter: one
  // UPDATE a ticket would pass D1's limit on statements an invocation when thousands move.
  for (let i = 0; i < plan.moves.length; i += MOVES_PER_STATEMENT) {
    const rows = plan.moves.slice(i, i + MOVES_PER_STATEMENT).map((m) => [m.id, m.to, m.toEnd, serializeNotice({ kind: 'moved', previousStart: m.from })]);
    const moved = sql`json_each(${JSON.stringify(rows)}) as moved`;
    queries.push(
      services.db
        .update(tickets)
        .set({
          status: 'booked',
          slotStart: sql`json_extract(moved.value, '$[1]')`,
          slotEnd: sql`json_extract(moved.value, '$[2]')`,
          notice: sql`json_extract(moved.value, '$[3]')`,
          updatedAt: now,
        })
        .from(moved)
        .where(eq(tickets.id, sql`json_extract(moved.value, '$[0]')`))
        .returning({ id: tickets.id }),
    );
  }
  return queries;
}

/** What the audit log says of a change: the place, and each field that changed, old → new. */
function changeSummary(site: SiteRow, base: DistributionRow, changes: Partial<DistributionFields>, outcome: { moved: number; cancelled: number }) {
  const fields = (Object.keys(changes) as (keyof DistributionFields)[])
    .filter((k) => changes[k] !== base[k])
    .map((k) => `${k} ${base[k] ?? '–'} → ${changes[k] ?? '–'}`);
  const reseated = outcome.moved + outcome.cancelled > 0 ? ` (moved ${outcome.moved}, cancelled ${outcome.cancelled})` : '';
  return `${site.slug}/${base.slug}: ${fields.join('; ') || 'no change'}${reseated}`;
}

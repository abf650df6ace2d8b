import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Services } from '../services';
import type { DistributionRow } from './distributions';

/**
 * The guard rows of drizzle/0009_capacity_guard.sql. Declared here rather than in the schema:
 * no code reads them, they exist only for the triggers that check a re-seating plan against
 * the data inside the plan's own atomic unit, and they are deleted as soon as they pass.
 */
const capacityGuards = sqliteTable('capacity_guards', {
  id: integer('id').primaryKey(),
  distributionId: integer('distribution_id').notNull(),
  fromDate: text('from_date').notNull(),
  expected: text('expected'),
  basis: text('basis'),
});

/** A live ticket as a plan read it: [id, status, slot start]. */
export type SeenTicket = [number, string, number];

/**
 * Aborts the atomic unit (with 'plan_stale') unless the distribution's live tickets from
 * `fromDate` on are exactly `seen` and its slot-shaping fields are still those of `basis`. The
 * whole list travels as one JSON parameter (D1 binds at most 100 a statement).
 */
export function unchangedSince({ db }: Services, basis: DistributionRow, fromDate: string, seen: SeenTicket[]) {
  const shape = [basis.rrule, basis.startsOn, basis.until, basis.opens, basis.closes, basis.slotMinutes, basis.perSlot];
  return db
    .insert(capacityGuards)
    .values({ distributionId: basis.id, fromDate, expected: JSON.stringify(seen), basis: JSON.stringify(shape) })
    .returning({ id: capacityGuards.id });
}

/** Aborts the atomic unit (with 'plan_stale') if a slot from `fromDate` on keeps a booked ticket over capacity. */
export function noBookedOverCapacity({ db }: Services, distributionId: number, fromDate: string) {
  return db.insert(capacityGuards).values({ distributionId, fromDate, expected: null }).returning({ id: capacityGuards.id });
}

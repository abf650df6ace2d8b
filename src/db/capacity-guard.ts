import type { Services } from '../services';
import { capacityGuards } from './schema';

/** A live ticket as a plan read it: [id, status, slot start]. */
export type SeenTicket = [number, string, number];

/**
 * Aborts the atomic unit (with 'plan_stale') unless the distribution is still at `version` and
 * its live tickets from `fromDate` on are exactly `seen`. The whole list travels as one JSON
 * parameter (D1 binds at most 100 a statement).
 */
export function unchangedSince({ db }: Services, distributionId: number, version: number, fromDate: string, seen: SeenTicket[]) {
  return db
    .insert(capacityGuards)
    .values({ distributionId, version, ticketsFrom: fromDate, expectedTickets: JSON.stringify(seen) })
    .returning({ id: capacityGuards.id });
}

/** Aborts the atomic unit (with 'plan_stale') if a slot from `fromDate` on keeps a booked ticket over capacity. */
export function noBookedOverCapacity({ db }: Services, distributionId: number, fromDate: string) {
  return db.insert(capacityGuards).values({ distributionId, seatsFrom: fromDate }).returning({ id: capacityGuards.id });
}

import { DomainError } from './errors';

/** A slot with how many tickets it holds and how many are taken. */
export type SlotLoad = { start: number; end: number; capacity: number; taken: number };
type AllocationStrategy = 'spread' | 'earliest';

/**
 * The slots still worth offering: with `notBeforeMs`, those starting at or after it (a
 * "not before 11:00" request); with `nowMs`, those not yet over, so a walk-in at 10:07 still
 * gets the 10:00–10:15 slot. Order is kept.
 */
export function eligibleSlots(slots: readonly SlotLoad[], opts: { notBeforeMs?: number; nowMs?: number }): SlotLoad[] {
  const { notBeforeMs, nowMs } = opts;
  return slots.filter(
    (s) => (notBeforeMs === undefined || s.start >= notBeforeMs) && (nowMs === undefined || s.end > nowMs),
  );
}

/** The seats left in a slot: never below 0, even when staff lowered its capacity under its bookings. */
export const freeIn = (s: Pick<SlotLoad, 'capacity' | 'taken'>) => Math.max(0, s.capacity - Math.max(0, s.taken));

/** The seats left in all of `slots`. */
export const freeInAll = (slots: readonly Pick<SlotLoad, 'capacity' | 'taken'>[]) => slots.reduce((sum, s) => sum + freeIn(s), 0);

/**
 * Places `count` tickets, all or nothing: returns, ticket by ticket, the index into `slots` of its
 * slot, in time order (so a printed batch reads earliest first). Throws DomainError 409
 * `not_enough_free` with `{free}` when fewer seats are free than asked for.
 *
 * - `earliest` fills slots in time order.
 * - `spread` gives each ticket, one after another, to the least-taken slot with room (earliest
 *   on a tie): 12 tickets over 6 empty slots of 4 give 2 each; uneven loads are levelled first.
 */
export function allocate(slots: SlotLoad[], count: number, strategy: AllocationStrategy): number[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new DomainError(400, 'invalid_count', `Cannot issue ${count} tickets`);
  }
  const free = freeInAll(slots);
  if (free < count) {
    const message = free === 0 ? 'No free seats left' : `Only ${free} free seats left, ${count} asked for`;
    throw new DomainError(409, 'not_enough_free', message, { free });
  }
  const inTimeOrder = slots.map((_, i) => i).sort((a, b) => slots[a].start - slots[b].start || a - b);
  const added = strategy === 'spread' ? spreadCounts(slots, inTimeOrder, count) : earliestCounts(slots, inTimeOrder, count);
  const result: number[] = [];
  for (const i of inTimeOrder) for (let n = 0; n < added[i]; n++) result.push(i);
  return result;
}

function earliestCounts(slots: SlotLoad[], inTimeOrder: number[], count: number): number[] {
  const added = slots.map(() => 0);
  let left = count;
  for (const i of inTimeOrder) {
    if (left === 0) break;
    added[i] = Math.min(freeIn(slots[i]), left);
    left -= added[i];
  }
  return added;
}

/**
 * Handing tickets out one by one to the least-taken slot ends in "water filling": every slot
 * with room is raised to a common level L, and the few tickets left over raise the earliest
 * slots at L to L + 1. Finding L by bisection costs O(slots · log capacity), not O(tickets · slots).
 */
function spreadCounts(slots: SlotLoad[], inTimeOrder: number[], count: number): number[] {
  const taken = slots.map((s) => Math.max(0, s.taken));
  const filledTo = (level: number) =>
    slots.reduce((sum, s, i) => sum + Math.min(Math.max(level - taken[i], 0), freeIn(s)), 0);
  let low = 0;
  let high = slots.reduce((max, s) => Math.max(max, s.capacity), 0);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (filledTo(mid) <= count) low = mid;
    else high = mid - 1;
  }
  const added = slots.map((s, i) => Math.min(Math.max(low - taken[i], 0), freeIn(s)));
  let left = count - filledTo(low);
  for (const i of inTimeOrder) {
    if (left === 0) break;
    const atLevel = taken[i] + added[i] === low && slots[i].capacity > low;
    if (atLevel) {
      added[i]++;
      left--;
    }
  }
  return added;
}

import { describe, expect, it } from 'vitest';
import { allocate, eligibleSlots, type SlotLoad } from '../../src/domain/allocation';
import { DomainError } from '../../src/domain/errors';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 26, 9); // 10:00 in Oslo

/** `taken[i]` tickets in consecutive 15-minute slots of `capacity` from T0. */
function day(taken: number[], capacity = 4): SlotLoad[] {
  return taken.map((t, i) => ({ start: T0 + i * 15 * MINUTE, end: T0 + (i + 1) * 15 * MINUTE, capacity, taken: t }));
}

function loadsAfter(slots: SlotLoad[], picks: number[]): number[] {
  const loads = slots.map((s) => s.taken);
  for (const i of picks) loads[i]++;
  return loads;
}

/** The rule as stated, one ticket at a time: least taken slot with room, earliest on a tie. */
function spreadOneByOne(slots: SlotLoad[], count: number): number[] {
  const loads = slots.map((s) => s.taken);
  const order = slots.map((_, i) => i).sort((a, b) => slots[a].start - slots[b].start);
  for (let n = 0; n < count; n++) {
    let best = -1;
    for (const i of order) if (loads[i] < slots[i].capacity && (best === -1 || loads[i] < loads[best])) best = i;
    loads[best]++;
  }
  return loads;
}

function seeded(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

function catchError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('slots still on offer', () => {
  const slots = day([0, 0, 0, 0, 0, 0]);

  it('offers a walk-in at 10:07 the 10:00–10:15 slot still running', () => {
    const offered = eligibleSlots(slots, { nowMs: T0 + 7 * MINUTE });
    expect(offered[0].start).toBe(T0);
    expect(offered).toHaveLength(6);
  });

  it('stops offering a slot once it has ended', () => {
    expect(eligibleSlots(slots, { nowMs: T0 + 15 * MINUTE })[0].start).toBe(T0 + 15 * MINUTE);
    expect(eligibleSlots(slots, { nowMs: T0 + 90 * MINUTE })).toEqual([]);
  });

  it('offers with "not before" only slots starting at or after that time', () => {
    expect(eligibleSlots(slots, { notBeforeMs: T0 + 30 * MINUTE }).map((s) => s.start)).toEqual([
      T0 + 30 * MINUTE, T0 + 45 * MINUTE, T0 + 60 * MINUTE, T0 + 75 * MINUTE,
    ]);
    expect(eligibleSlots(slots, { notBeforeMs: T0 + 31 * MINUTE })[0].start).toBe(T0 + 45 * MINUTE);
  });

  it('applies both limits together', () => {
    const offered = eligibleSlots(slots, { notBeforeMs: T0 + 15 * MINUTE, nowMs: T0 + 40 * MINUTE });
    expect(offered.map((s) => s.start)).toEqual([T0 + 30 * MINUTE, T0 + 45 * MINUTE, T0 + 60 * MINUTE, T0 + 75 * MINUTE]);
  });

  it('offers everything without limits, full slots included (allocation skips them)', () => {
    expect(eligibleSlots(day([4, 0]), {})).toHaveLength(2);
  });
});

describe('spread allocation', () => {
  it('puts a batch of 12 in 6 slots 2 by 2', () => {
    expect(allocate(day([0, 0, 0, 0, 0, 0]), 12, 'spread')).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('gives a single ticket the earliest of the emptiest slots', () => {
    expect(allocate(day([0, 0, 0]), 1, 'spread')).toEqual([0]);
    expect(allocate(day([1, 0, 0]), 1, 'spread')).toEqual([1]);
  });

  it('levels slots that already hold tickets', () => {
    const slots = day([3, 0, 1, 0]);
    expect(loadsAfter(slots, allocate(slots, 4, 'spread'))).toEqual([3, 2, 2, 1]);
    expect(loadsAfter(slots, allocate(slots, 8, 'spread'))).toEqual([3, 3, 3, 3]);
  });

  it('passes over full slots and fills the rest to the brim', () => {
    const slots = day([4, 2, 4, 0]);
    expect(loadsAfter(slots, allocate(slots, 6, 'spread'))).toEqual([4, 4, 4, 4]);
  });

  it('lists the tickets in time order even when the slots come unsorted', () => {
    const slots = day([0, 0, 0]).reverse();
    const picks = allocate(slots, 5, 'spread');
    const starts = picks.map((i) => slots[i].start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(loadsAfter(slots, picks)).toEqual([1, 2, 2]);
  });

  it('ends exactly where handing tickets out one by one would', () => {
    const random = seeded(7);
    for (let round = 0; round < 300; round++) {
      const capacity = 1 + random(6);
      const slots = day(Array.from({ length: 1 + random(20) }, () => random(capacity + 1)), capacity);
      if (round % 5 === 0) slots[random(slots.length)].capacity = 1 + random(8);
      const free = slots.reduce((sum, s) => sum + Math.max(0, s.capacity - s.taken), 0);
      const count = random(free + 1);
      const picks = allocate(slots, count, 'spread');
      expect(picks).toHaveLength(count);
      expect(loadsAfter(slots, picks)).toEqual(spreadOneByOne(slots, count));
      for (let i = 1; i < picks.length; i++) expect(slots[picks[i]].start).toBeGreaterThanOrEqual(slots[picks[i - 1]].start);
    }
  });
});

describe('earliest allocation', () => {
  it('fills slots in time order', () => {
    expect(allocate(day([0, 0, 0]), 6, 'earliest')).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('tops up partly taken slots and skips full ones', () => {
    const slots = day([3, 4, 1]);
    expect(allocate(slots, 4, 'earliest')).toEqual([0, 2, 2, 2]);
  });

  it('follows start times, not the order given', () => {
    const slots = day([0, 0]).reverse();
    expect(allocate(slots, 5, 'earliest')).toEqual([1, 1, 1, 1, 0]);
  });
});

describe('all or nothing', () => {
  it.each(['spread', 'earliest'] as const)('refuses with 409 and the free count when too few seats are left (%s)', (strategy) => {
    const error = catchError(() => allocate(day([4, 2, 3]), 4, strategy));
    expect(error.status).toBe(409);
    expect(error.code).toBe('not_enough_free');
    expect(error.details).toEqual({ free: 3 });
  });

  it('refuses when the day is full or has no slots', () => {
    expect(catchError(() => allocate(day([4, 4]), 1, 'spread')).details).toEqual({ free: 0 });
    expect(catchError(() => allocate([], 1, 'earliest')).details).toEqual({ free: 0 });
  });

  it('counts an overbooked slot as having no room', () => {
    expect(catchError(() => allocate(day([6, 3]), 2, 'spread')).details).toEqual({ free: 1 });
  });

  it('takes the very last seats', () => {
    expect(allocate(day([4, 3, 4]), 1, 'spread')).toEqual([1]);
  });

  it('places nothing for a count of zero and refuses a negative or fractional count', () => {
    expect(allocate(day([0]), 0, 'spread')).toEqual([]);
    expect(catchError(() => allocate(day([0]), -1, 'spread')).status).toBe(400);
    expect(catchError(() => allocate(day([0]), 1.5, 'earliest')).status).toBe(400);
  });
});

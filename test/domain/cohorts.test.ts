import { describe, expect, it } from 'vitest';
import { cohortIndex, cohortName, freePlaces, pickCohort, waitingOrder, waitingPosition } from '../../src/domain/cohorts';

describe('cohort names', () => {
  it('names cohorts A, B, C by index and reads the names back in either case', () => {
    expect([0, 1, 2].map(cohortName)).toEqual(['A', 'B', 'C']);
    expect(cohortIndex('b', 3)).toBe(1);
    expect(cohortIndex(' C ', 3)).toBe(2);
  });

  it('knows no cohort beyond the activity’s count, nor odd names', () => {
    expect(cohortIndex('D', 3)).toBeNull();
    expect(cohortIndex('AA', 3)).toBeNull();
    expect(cohortIndex('1', 3)).toBeNull();
    expect(() => cohortName(26)).toThrow();
    expect(() => cohortName(-1)).toThrow();
  });
});

describe('picking a cohort', () => {
  it('puts a new member in the least-filled cohort with room', () => {
    expect(pickCohort([3, 1, 2], 4)).toBe(1);
  });

  it('breaks ties towards the lowest index', () => {
    expect(pickCohort([2, 1, 1], 4)).toBe(1);
    expect(pickCohort([0, 0, 0], 4)).toBe(0);
  });

  it('skips full cohorts even when they are listed first', () => {
    expect(pickCohort([4, 4, 3], 4)).toBe(2);
  });

  it('fills 3 cohorts of 4 evenly: A, B, C, A, B, C, ...', () => {
    const filled = [0, 0, 0];
    const order: number[] = [];
    for (let i = 0; i < 12; i++) {
      const c = pickCohort(filled, 4)!;
      order.push(c);
      filled[c]++;
    }
    expect(order).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2]);
    expect(pickCohort(filled, 4)).toBeNull();
  });

  it('gives the requested cohort only when it has room', () => {
    expect(pickCohort([0, 3, 0], 4, 1)).toBe(1);
    expect(pickCohort([0, 4, 0], 4, 1)).toBeNull();
    expect(pickCohort([0, 0, 0], 4, 5)).toBeNull();
  });

  it('treats a cohort over a lowered cap as full and never reports negative room', () => {
    expect(pickCohort([5, 4], 4)).toBeNull();
    expect(freePlaces([5, 1, 4], 4)).toEqual([0, 3, 0]);
  });
});

describe('the waiting list', () => {
  it('moves people in first come, first served', () => {
    const waiting = [{ id: 9 }, { id: 3 }, { id: 5 }];
    expect(waitingOrder(waiting).map((w) => w.id)).toEqual([3, 5, 9]);
    expect(waitingPosition(waiting, 3)).toBe(1);
    expect(waitingPosition(waiting, 9)).toBe(3);
    expect(waitingPosition(waiting, 4)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { activityTotals, dayShare, distributionTotals, pickedUpShare, stopTotals } from '../../src/domain/report-totals';

const day = (date: string, issued: number, picked_up: number, closed = false, capacity = 16) => ({ date, site: 's', distribution: 'mat', capacity, issued, picked_up, no_show: 1, cancelled: 1, closed });

describe('report totals', () => {
  it('sums a distribution over its days, counting no seats on a closed day', () => {
    expect(distributionTotals([day('2026-01-07', 10, 6), day('2026-01-08', 0, 0, true), day('2026-01-09', 8, 5, false, 8)])).toEqual([
      { site: 's', distribution: 'mat', days: 3, closedDays: 1, capacity: 24, issued: 18, picked_up: 11, no_show: 3, cancelled: 3 },
    ]);
  });

  it('sums each stop, a cancelled stop being no visit, and each item kind', () => {
    const rows: { stop: string; status: string; people: number; items: Record<string, number> }[] = [
      { stop: 'a', status: 'planned', people: 5, items: { naloxone: 2 } },
      { stop: 'a', status: 'late', people: 3, items: { naloxone: 1, food: 4 } },
      { stop: 'a', status: 'cancelled', people: 0, items: {} },
    ];
    expect(stopTotals(rows)).toEqual([{ stop: 'a', visits: 2, people: 8, items: { naloxone: 3, food: 4 } }]);
  });

  it('counts sessions once however many groups they have', () => {
    const rows = [
      { date: '2026-01-07', activity: 'x', enrolled: 3, attended: 2 },
      { date: '2026-01-07', activity: 'x', enrolled: 2, attended: 2 },
      { date: '2026-01-14', activity: 'x', enrolled: 3, attended: 1 },
    ];
    expect(activityTotals(rows)).toEqual([{ activity: 'x', sessions: 2, enrolled: 8, attended: 5 }]);
  });

  it('gives the share picked up of those who could come, and none when nobody could', () => {
    expect(pickedUpShare({ issued: 10, picked_up: 6, cancelled: 2 })).toBe(0.75);
    expect(pickedUpShare({ issued: 2, picked_up: 0, cancelled: 2 })).toBeNull();
  });
});

describe('a day on the share line', () => {
  it('has no share while nobody has been marked', () => {
    expect(dayShare({ issued: 14, picked_up: 0, no_show: 0, cancelled: 0 })).toBeNull();
    expect(dayShare({ issued: 14, picked_up: 0, no_show: 2, cancelled: 0 })).toBe(0);
  });
});

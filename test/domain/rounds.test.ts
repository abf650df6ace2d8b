import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { reorder, roundWindows, stopWindow, type RoundTiming } from '../../src/domain/rounds';

const zone = 'Europe/Oslo';
const round: RoundTiming = { date: '2026-11-24', starts: '13:00', minutesPerStop: 15, breakAfterStop: null, breakMinutes: 0, delayMinutes: 0 };
const wall = (ms: number) => DateTime.fromMillis(ms, { zone }).toFormat('HH:mm');
const windowsOf = (r: RoundTiming, statuses: ('planned' | 'delivered' | 'not_home')[]) =>
  roundWindows(r, zone, statuses.map((status) => ({ status }))).map((w) => `${wall(w.start)}-${wall(w.end)}`);

describe('delivery round windows', () => {
  it('staggers the stops by the minutes per stop from the start, in driving order', () => {
    expect(windowsOf(round, ['planned', 'planned', 'planned'])).toEqual(['13:00-13:15', '13:15-13:30', '13:30-13:45']);
  });

  it('puts the break after the given number of stops', () => {
    expect(windowsOf({ ...round, breakAfterStop: 2, breakMinutes: 30 }, ['planned', 'planned', 'planned', 'planned'])).toEqual(['13:00-13:15', '13:15-13:30', '14:00-14:15', '14:15-14:30']);
  });

  it('moves only the stops not yet done by the delay', () => {
    expect(windowsOf({ ...round, delayMinutes: 20 }, ['delivered', 'not_home', 'planned', 'planned'])).toEqual(['13:00-13:15', '13:15-13:30', '13:50-14:05', '14:05-14:20']);
  });

  it('reads the start in the site zone, not the machine zone', () => {
    const w = stopWindow(round, 'America/New_York', 0, 'planned');
    expect(DateTime.fromMillis(w.start, { zone: 'America/New_York' }).toFormat('yyyy-MM-dd HH:mm')).toBe('2026-11-24 13:00');
  });

  it('keeps the pace in real minutes across the spring DST change (02:00 does not exist in Oslo)', () => {
    const night = { ...round, date: '2026-03-29', starts: '01:30', minutesPerStop: 30 };
    const [a, b] = roundWindows(night, zone, [{ status: 'planned' }, { status: 'planned' }]);
    expect(wall(a!.start)).toBe('01:30');
    expect(wall(b!.start)).toBe('03:00');
    expect(b!.start - a!.start).toBe(30 * 60 * 1000);
  });

  it('keeps the pace across the autumn change, when 02:00-03:00 comes twice', () => {
    const night = { ...round, date: '2026-10-25', starts: '01:30', minutesPerStop: 30 };
    const ws = roundWindows(night, zone, Array.from({ length: 5 }, () => ({ status: 'planned' as const })));
    expect(ws.map((w) => wall(w.start))).toEqual(['01:30', '02:00', '02:30', '02:00', '02:30']);
    expect(ws[4]!.start - ws[0]!.start).toBe(2 * 60 * 60 * 1000);
  });
});

describe('reordering stops', () => {
  const order = [1, 2, 3, 4];
  it('moves a stop one place up or down', () => {
    expect(reorder(order, 3, 'up')).toEqual([1, 3, 2, 4]);
    expect(reorder(order, 3, 'down')).toEqual([1, 2, 4, 3]);
  });
  it('changes nothing past either end', () => {
    expect(reorder(order, 1, 'up')).toEqual(order);
    expect(reorder(order, 4, 'down')).toEqual(order);
  });
  it('moves to a 1-based place, clamped to the ends', () => {
    expect(reorder(order, 4, { to: 1 })).toEqual([4, 1, 2, 3]);
    expect(reorder(order, 1, { to: 3 })).toEqual([2, 3, 1, 4]);
    expect(reorder(order, 2, { to: 99 })).toEqual([1, 3, 4, 2]);
  });
  it('answers null for a stop not in the round', () => {
    expect(reorder(order, 9, 'up')).toBeNull();
  });
});

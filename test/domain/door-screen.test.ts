import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { refreshSeconds, servingNow, type ScreenSlot } from '../../src/domain/door-screen';

const OSLO = 'Europe/Oslo';
const at = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
const wall = (slot: ScreenSlot | null) =>
  slot && `${slot.date} ${DateTime.fromMillis(slot.start, { zone: OSLO }).toFormat('HH:mm')}–${DateTime.fromMillis(slot.end, { zone: OSLO }).toFormat('HH:mm')}`;
const screenAt = (iso: string, openDates: string[], hours = { opens: '10:00', closes: '12:00', slotMinutes: 15 }) => {
  const state = servingNow({ now: at(iso), zone: OSLO, hours, openDates });
  return { serving: wall(state.serving), next: wall(state.next), changesAt: state.changesAt && DateTime.fromMillis(state.changesAt, { zone: OSLO }).toISO() };
};

describe('the slot being served now and the next', () => {
  it('shows the slot whose time it is and the one after it, changing when the slot ends', () => {
    expect(screenAt('2026-11-26T11:20:00+01:00', ['2026-11-26'])).toEqual({
      serving: '2026-11-26 11:15–11:30',
      next: '2026-11-26 11:30–11:45',
      changesAt: '2026-11-26T11:30:00.000+01:00',
    });
  });

  it('takes a slot at its very start, and leaves it at its end', () => {
    expect(screenAt('2026-11-26T11:15:00+01:00', ['2026-11-26']).serving).toBe('2026-11-26 11:15–11:30');
    expect(screenAt('2026-11-26T11:30:00+01:00', ['2026-11-26']).serving).toBe('2026-11-26 11:30–11:45');
  });

  it('serves nothing before opening and names the first slot of the day next', () => {
    expect(screenAt('2026-11-26T08:00:00+01:00', ['2026-11-26'])).toEqual({
      serving: null,
      next: '2026-11-26 10:00–10:15',
      changesAt: '2026-11-26T10:00:00.000+01:00',
    });
  });

  it('after the last slot names the next open day, skipping the days that are not given (closed or not opening)', () => {
    expect(screenAt('2026-11-26T12:00:00+01:00', ['2026-11-26', '2026-12-01']).next).toBe('2026-12-01 10:00–10:15');
    expect(screenAt('2026-11-26T11:50:00+01:00', ['2026-11-26', '2026-12-01'])).toEqual({
      serving: '2026-11-26 11:45–12:00',
      next: '2026-12-01 10:00–10:15',
      changesAt: '2026-11-26T12:00:00.000+01:00',
    });
  });

  it('has nothing next when no open day lies ahead within the dates given', () => {
    expect(screenAt('2026-11-26T13:00:00+01:00', ['2026-11-26'])).toEqual({ serving: null, next: null, changesAt: null });
    expect(screenAt('2026-11-26T13:00:00+01:00', [])).toEqual({ serving: null, next: null, changesAt: null });
  });
});

describe('the slot being served on the nights the clocks change (Europe/Oslo)', () => {
  const night = { opens: '01:00', closes: '04:00', slotMinutes: 30 };

  it('spring (29 March 2026, 02:00 → 03:00): the slot ending in the gap is served until the jump, then 03:00 is next', () => {
    // 01:45 winter time is 00:45 UTC.
    expect(screenAt('2026-03-29T00:45:00Z', ['2026-03-29'], night)).toEqual({
      serving: '2026-03-29 01:30–03:00',
      next: '2026-03-29 03:00–03:30',
      changesAt: '2026-03-29T03:00:00.000+02:00',
    });
    // One minute after the jump: 03:01 summer time.
    expect(screenAt('2026-03-29T01:01:00Z', ['2026-03-29'], night).serving).toBe('2026-03-29 03:00–03:30');
  });

  it('autumn (25 October 2026, 03:00 → 02:00): the slot ending at 03:00 is served through the repeated hour', () => {
    // 02:15 in the second pass (winter time) is 01:15 UTC: the 02:30 slot (first pass) still runs until 03:00 winter time.
    expect(screenAt('2026-10-25T01:15:00Z', ['2026-10-25'], night)).toEqual({
      serving: '2026-10-25 02:30–03:00',
      next: '2026-10-25 03:00–03:30',
      changesAt: '2026-10-25T03:00:00.000+01:00',
    });
    // 02:15 in the first pass (summer time) is 00:15 UTC.
    expect(screenAt('2026-10-25T00:15:00Z', ['2026-10-25'], night).serving).toBe('2026-10-25 02:00–02:30');
  });

  it('counts from the real instant across the spring gap: 11:15 the day after is its own slot', () => {
    expect(screenAt('2026-03-30T11:20:00+02:00', ['2026-03-29', '2026-03-30']).serving).toBe('2026-03-30 11:15–11:30');
  });
});

describe('how soon the screen asks again', () => {
  const now = at('2026-11-26T11:20:00+01:00');
  it('asks a second after the next change when it is within a minute', () => {
    expect(refreshSeconds(now, now + 30_000)).toBe(31);
  });
  it('asks at least every 60 s and at most every 5 s', () => {
    expect(refreshSeconds(now, now + 10 * 60_000)).toBe(60);
    expect(refreshSeconds(now, null)).toBe(60);
    expect(refreshSeconds(now, now + 500)).toBe(5);
    expect(refreshSeconds(now, now - 5_000)).toBe(5);
  });
});

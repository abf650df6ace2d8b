import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors';
import { addDays, isoInZone } from '../../src/domain/local-date';
import { daySlots, validateDistributionTimes, type Slot } from '../../src/domain/slots';

const OSLO = 'Europe/Oslo';
const MINUTE = 60_000;
const day = (date: string, opens = '10:00', closes = '14:00', slotMinutes = 15, zone = OSLO) =>
  daySlots({ date, opens, closes, slotMinutes, zone });
const starts = (slots: Slot[], zone = OSLO) => slots.map((s) => isoInZone(s.start, zone));
const ends = (slots: Slot[], zone = OSLO) => slots.map((s) => isoInZone(s.end, zone));
const wall = (iso: string) => iso.slice(11, 16);

function expectContiguous(slots: Slot[]) {
  for (let i = 1; i < slots.length; i++) expect(slots[i].start).toBe(slots[i - 1].end);
}

describe('cutting a day into slots', () => {
  it('cuts 10:00–14:00 into 16 slots of 15 minutes', () => {
    const slots = day('2026-11-26');
    expect(slots).toHaveLength(16);
    expect(isoInZone(slots[0].start, OSLO)).toBe('2026-11-26T10:00:00+01:00');
    expect(isoInZone(slots[0].end, OSLO)).toBe('2026-11-26T10:15:00+01:00');
    expect(isoInZone(slots[15].start, OSLO)).toBe('2026-11-26T13:45:00+01:00');
    expect(isoInZone(slots[15].end, OSLO)).toBe('2026-11-26T14:00:00+01:00');
    for (const s of slots) expect(s.end - s.start).toBe(15 * MINUTE);
    expectContiguous(slots);
  });

  it('does not create a last slot that would end after closes', () => {
    const slots = day('2026-11-26', '10:00', '11:50', 15);
    expect(slots).toHaveLength(7);
    expect(wall(isoInZone(slots[6].end, OSLO))).toBe('11:45');
  });

  it('creates a single slot when exactly one fits', () => {
    expect(day('2026-11-26', '10:00', '10:15', 15)).toHaveLength(1);
    expect(day('2026-11-26', '10:00', '10:29', 15)).toHaveLength(1);
  });

  it('cuts from opens, not from the full hour', () => {
    const slots = day('2026-11-26', '10:10', '11:00', 20);
    expect(starts(slots).map(wall)).toEqual(['10:10', '10:30']);
  });

  it('handles slots of 5 and of 240 minutes', () => {
    expect(day('2026-11-26', '10:00', '11:00', 5)).toHaveLength(12);
    expect(day('2026-11-26', '08:00', '16:00', 240)).toHaveLength(2);
  });

  it('uses the site zone, whatever the zone', () => {
    const slots = day('2026-11-26', '10:00', '11:00', 30, 'America/Los_Angeles');
    expect(starts(slots, 'America/Los_Angeles')).toEqual(['2026-11-26T10:00:00-08:00', '2026-11-26T10:30:00-08:00']);
    expect(slots[0].start).toBe(Date.UTC(2026, 10, 26, 18));
  });
});

describe('slots on daylight-saving days', () => {
  it.each([
    ['2026-03-29', '+02:00', 'spring 2026'],
    ['2026-10-25', '+01:00', 'autumn 2026'],
    ['2027-03-28', '+02:00', 'spring 2027'],
    ['2027-10-31', '+01:00', 'autumn 2027'],
  ])('keeps 16 slots from 10:00 on %s (%s, %s)', (date, offset) => {
    const slots = day(date);
    expect(slots).toHaveLength(16);
    expect(starts(slots)[0]).toBe(`${date}T10:00:00${offset}`);
    expect(starts(slots)[4]).toBe(`${date}T11:00:00${offset}`);
    expect(ends(slots)[15]).toBe(`${date}T14:00:00${offset}`);
    for (const s of slots) expect(s.end - s.start).toBe(15 * MINUTE);
  });

  it('keeps the same wall-clock times on the days before and after each change', () => {
    for (const change of ['2026-03-29', '2026-10-25', '2027-03-28']) {
      const expected = starts(day(change)).map(wall);
      for (const date of [addDays(change, -1), addDays(change, 1)]) expect(starts(day(date)).map(wall)).toEqual(expected);
    }
  });

  it('reads 10:00 every day of the year', () => {
    for (let date = '2026-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      const slots = day(date);
      expect(slots, date).toHaveLength(16);
      expect(wall(isoInZone(slots[0].start, OSLO)), date).toBe('10:00');
    }
  });

  it('skips the slots of the hour that does not exist on a spring night', () => {
    const slots = day('2026-03-29', '01:00', '04:00', 15);
    expect(starts(slots)).toEqual([
      '2026-03-29T01:00:00+01:00', '2026-03-29T01:15:00+01:00', '2026-03-29T01:30:00+01:00', '2026-03-29T01:45:00+01:00',
      '2026-03-29T03:00:00+02:00', '2026-03-29T03:15:00+02:00', '2026-03-29T03:30:00+02:00', '2026-03-29T03:45:00+02:00',
    ]);
    expect(isoInZone(slots[3].end, OSLO)).toBe('2026-03-29T03:00:00+02:00');
    expectContiguous(slots);
    for (const s of slots) expect(s.end - s.start).toBe(15 * MINUTE);
  });

  it('ends a spring slot whose end falls in the gap when the clocks jump', () => {
    const slots = day('2026-03-29', '01:30', '04:00', 45);
    expect(starts(slots)).toEqual(['2026-03-29T01:30:00+01:00', '2026-03-29T03:00:00+02:00']);
    expect(ends(slots)).toEqual(['2026-03-29T03:00:00+02:00', '2026-03-29T03:45:00+02:00']);
    expect(slots[0].end - slots[0].start).toBe(30 * MINUTE);
  });

  it('cuts the repeated hour of an autumn night once, at its first pass', () => {
    const slots = day('2026-10-25', '01:00', '04:00', 15);
    expect(slots).toHaveLength(12);
    expect(starts(slots).map(wall)).toEqual([
      '01:00', '01:15', '01:30', '01:45', '02:00', '02:15', '02:30', '02:45', '03:00', '03:15', '03:30', '03:45',
    ]);
    expect(starts(slots)[4]).toBe('2026-10-25T02:00:00+02:00');
    expect(starts(slots)[7]).toBe('2026-10-25T02:45:00+02:00');
    expect(ends(slots)[7]).toBe('2026-10-25T03:00:00+01:00');
    expect(slots[7].end - slots[7].start).toBe(75 * MINUTE);
    expectContiguous(slots);
  });

  it('handles a night distribution inside the repeated hour', () => {
    const slots = day('2026-10-25', '02:10', '02:50', 20);
    expect(starts(slots)).toEqual(['2026-10-25T02:10:00+02:00', '2026-10-25T02:30:00+02:00']);
    expect(ends(slots)[1]).toBe('2026-10-25T02:50:00+02:00');
  });

  it('follows other zones’ changes too', () => {
    const slots = day('2026-03-08', '01:00', '04:00', 30, 'America/New_York');
    expect(starts(slots, 'America/New_York').map(wall)).toEqual(['01:00', '01:30', '03:00', '03:30']);
    expectContiguous(slots);
  });
});

describe('validating opening hours', () => {
  it('accepts hours that hold at least one slot', () => {
    expect(() => validateDistributionTimes({ opens: '10:00', closes: '14:00', slotMinutes: 15 })).not.toThrow();
    expect(() => validateDistributionTimes({ opens: '00:00', closes: '23:59', slotMinutes: 240 })).not.toThrow();
    expect(() => validateDistributionTimes({ opens: '10:00', closes: '10:05', slotMinutes: 5 })).not.toThrow();
  });

  it.each([
    ['closes before opens', { opens: '14:00', closes: '10:00', slotMinutes: 15 }, 'closes'],
    ['closes equal to opens', { opens: '10:00', closes: '10:00', slotMinutes: 15 }, 'closes'],
    ['no slot fits', { opens: '10:00', closes: '10:10', slotMinutes: 15 }, 'slotMinutes'],
    ['slots under 5 minutes', { opens: '10:00', closes: '14:00', slotMinutes: 4 }, 'slotMinutes'],
    ['slots over 240 minutes', { opens: '08:00', closes: '20:00', slotMinutes: 241 }, 'slotMinutes'],
    ['fractional slots', { opens: '10:00', closes: '14:00', slotMinutes: 7.5 }, 'slotMinutes'],
    ['a bad opening time', { opens: '25:00', closes: '14:00', slotMinutes: 15 }, 'opens'],
    ['a bad closing time', { opens: '10:00', closes: '2pm', slotMinutes: 15 }, 'closes'],
  ])('rejects %s with 400 invalid_hours', (_, times, field) => {
    let error: unknown;
    try {
      validateDistributionTimes(times);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_hours', details: { fields: [{ field }] } });
  });

  it('refuses to cut a day with bad hours, a bad date or an unknown zone', () => {
    expect(() => day('2026-11-26', '14:00', '10:00')).toThrow(expect.objectContaining({ code: 'invalid_hours' }));
    expect(() => day('2026-11-31')).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => day('2026-11-26', '10:00', '14:00', 15, 'Nowhere/Special')).toThrow(
      expect.objectContaining({ code: 'invalid_timezone' }),
    );
  });
});

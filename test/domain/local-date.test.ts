import { Settings } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors';
import {
  addDays,
  daysBetween,
  isLocalDate,
  isoInZone,
  isValidZone,
  isWallTime,
  localToInstant,
  minutesToWallTime,
  resolveWallTime,
  todayIn,
  wallTimeToMinutes,
} from '../../src/domain/local-date';

const OSLO = 'Europe/Oslo';
const oslo = (date: string, time: string) => isoInZone(localToInstant(date, wallTimeToMinutes(time), OSLO), OSLO);

function expectDomainError(fn: () => unknown, status: number, code: string) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).status).toBe(status);
    expect((error as DomainError).code).toBe(code);
    return;
  }
  throw new Error(`expected DomainError ${code}`);
}

describe('local dates', () => {
  it.each(['2026-01-01', '2026-02-28', '2028-02-29', '2026-12-31', '1999-06-15'])('accepts the real date %s', (d) => {
    expect(isLocalDate(d)).toBe(true);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-04-31', '2026-1-01', '26-01-01', ' 2026-01-01', '2026-01-01T00:00', '', 'abcd-ef-gh'])(
    'rejects %j',
    (d) => {
      expect(isLocalDate(d)).toBe(false);
    },
  );

  it('rejects what is not a string', () => {
    expect(isLocalDate(20260101)).toBe(false);
    expect(isLocalDate(null)).toBe(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-06-15', 0)).toBe('2026-06-15');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('adds whole days across daylight-saving weekends', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('counts the days between two dates, negative when going back', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('refuses to do arithmetic on something that is not a date', () => {
    expectDomainError(() => addDays('2026-02-30', 1), 400, 'invalid_date');
    expectDomainError(() => daysBetween('yesterday', '2026-01-01'), 400, 'invalid_date');
  });
});

describe('wall-clock times', () => {
  it.each(['00:00', '09:05', '10:30', '23:59'])('accepts %s', (t) => expect(isWallTime(t)).toBe(true));
  it.each(['24:00', '7:30', '10:60', '10:30:00', '1030', '', 'noon'])('rejects %j', (t) => expect(isWallTime(t)).toBe(false));

  it('converts to minutes of the day and back', () => {
    expect(wallTimeToMinutes('10:30')).toBe(630);
    expect(wallTimeToMinutes('00:00')).toBe(0);
    expect(wallTimeToMinutes('23:59')).toBe(1439);
    expect(minutesToWallTime(630)).toBe('10:30');
    expect(minutesToWallTime(0)).toBe('00:00');
    expect(minutesToWallTime(1439)).toBe('23:59');
    for (let m = 0; m < 1440; m++) expect(wallTimeToMinutes(minutesToWallTime(m))).toBe(m);
  });

  it('throws invalid_time outside the day', () => {
    expectDomainError(() => wallTimeToMinutes('24:00'), 400, 'invalid_time');
    expectDomainError(() => minutesToWallTime(1440), 400, 'invalid_time');
    expectDomainError(() => minutesToWallTime(-1), 400, 'invalid_time');
    expectDomainError(() => minutesToWallTime(1.5), 400, 'invalid_time');
  });
});

describe('time zones', () => {
  it('knows IANA zones', () => {
    expect(isValidZone('Europe/Oslo')).toBe(true);
    expect(isValidZone('America/Los_Angeles')).toBe(true);
    expect(isValidZone('UTC')).toBe(true);
    expect(isValidZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidZone('')).toBe(false);
    expect(isValidZone(undefined)).toBe(false);
  });

  it('takes the longest IANA names and refuses anything far longer without asking Intl', () => {
    expect(isValidZone('America/Argentina/ComodRivadavia')).toBe(true);
    expect(isValidZone(`Europe/Oslo${'/x'.repeat(40)}`)).toBe(false);
  });

  it('tells the date in a zone at an instant', () => {
    const lateSaturdayUtc = Date.UTC(2026, 2, 28, 23, 30);
    expect(todayIn(OSLO, lateSaturdayUtc)).toBe('2026-03-29');
    expect(todayIn('UTC', lateSaturdayUtc)).toBe('2026-03-28');
    expect(todayIn('America/Los_Angeles', lateSaturdayUtc)).toBe('2026-03-28');
    expect(todayIn('Pacific/Kiritimati', Date.UTC(2026, 0, 1, 10, 30))).toBe('2026-01-02');
  });

  it('turns the date at local midnight to the millisecond, also when asked again within the minute', () => {
    // Oslo midnight before the autumn change (+02:00) and before the spring one (+01:00).
    // And in a zone half an hour off the hour (+05:30): midnight there is 18:30 UTC.
    for (const [zone, lastMs, date, next] of [
      [OSLO, Date.UTC(2026, 9, 24, 21, 59, 59, 999), '2026-10-24', '2026-10-25'],
      [OSLO, Date.UTC(2026, 2, 28, 22, 59, 59, 999), '2026-03-28', '2026-03-29'],
      ['Asia/Kolkata', Date.UTC(2026, 2, 28, 18, 29, 59, 999), '2026-03-28', '2026-03-29'],
    ] as const) {
      expect(todayIn(zone, lastMs - 59_999)).toBe(date);
      expect(todayIn(zone, lastMs)).toBe(date);
      expect(todayIn(zone, lastMs + 1)).toBe(next);
      expect(todayIn(zone, lastMs)).toBe(date);
    }
  });

  it('throws invalid_timezone for an unknown zone', () => {
    expectDomainError(() => todayIn('Europe/Atlantis', 0), 400, 'invalid_timezone');
    expectDomainError(() => localToInstant('2026-01-01', 600, 'Europe/Atlantis'), 400, 'invalid_timezone');
  });

  it('prints ISO 8601 with the zone offset and no milliseconds', () => {
    const ms = Date.UTC(2026, 10, 26, 10, 0, 0, 789);
    expect(isoInZone(ms, OSLO)).toBe('2026-11-26T11:00:00+01:00');
    expect(isoInZone(Date.UTC(2026, 5, 15, 8), OSLO)).toBe('2026-06-15T10:00:00+02:00');
    expect(isoInZone(ms, 'America/Los_Angeles')).toBe('2026-11-26T02:00:00-08:00');
    expect(isoInZone(ms, 'UTC')).toBe('2026-11-26T10:00:00+00:00');
  });
});

describe('wall-clock time to instant', () => {
  afterEach(() => {
    Settings.now = () => Date.now();
  });

  it('maps an ordinary time with the offset of that date', () => {
    expect(localToInstant('2026-11-26', 11 * 60, OSLO)).toBe(Date.UTC(2026, 10, 26, 10));
    expect(localToInstant('2026-06-15', 10 * 60, OSLO)).toBe(Date.UTC(2026, 5, 15, 8));
    expect(resolveWallTime('2026-06-15', 600, OSLO).kind).toBe('exact');
  });

  it('moves a time skipped in spring forward by the gap', () => {
    expect(oslo('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(oslo('2026-03-29', '02:00')).toBe('2026-03-29T03:00:00+02:00');
    expect(oslo('2027-03-28', '02:15')).toBe('2027-03-28T03:15:00+02:00');
    expect(resolveWallTime('2026-03-29', 150, OSLO).kind).toBe('gap');
  });

  it('keeps the times around the spring gap', () => {
    expect(oslo('2026-03-29', '01:59')).toBe('2026-03-29T01:59:00+01:00');
    expect(oslo('2026-03-29', '03:00')).toBe('2026-03-29T03:00:00+02:00');
  });

  it('takes the first pass of an hour repeated in autumn', () => {
    expect(oslo('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+02:00');
    expect(oslo('2026-10-25', '02:00')).toBe('2026-10-25T02:00:00+02:00');
    expect(oslo('2026-10-25', '03:00')).toBe('2026-10-25T03:00:00+01:00');
    expect(resolveWallTime('2026-10-25', 150, OSLO).kind).toBe('ambiguous');
  });

  // luxon's own DateTime.fromObject answers this from a guess based on today's offset.
  it('resolves an autumn time the same way whether it runs in summer or in winter', () => {
    Settings.now = () => Date.UTC(2026, 6, 15);
    expect(oslo('2026-10-25', '02:10')).toBe('2026-10-25T02:10:00+02:00');
    Settings.now = () => Date.UTC(2026, 0, 15);
    expect(oslo('2026-10-25', '02:20')).toBe('2026-10-25T02:20:00+02:00');
  });

  it('runs minutes past midnight into the next day', () => {
    expect(localToInstant('2026-11-26', 24 * 60 + 30, OSLO)).toBe(localToInstant('2026-11-27', 30, OSLO));
  });

  it('gives the same instants in the southern hemisphere and across the date line', () => {
    expect(isoInZone(localToInstant('2026-04-05', 150, 'Australia/Sydney'), 'Australia/Sydney')).toBe(
      '2026-04-05T02:30:00+11:00',
    );
    expect(localToInstant('2026-01-01', 0, 'Pacific/Kiritimati')).toBe(Date.UTC(2025, 11, 31, 10));
  });
});

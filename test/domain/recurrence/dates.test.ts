import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/errors';
import { addDays, isoInZone } from '../../../src/domain/local-date';
import { isReadableRule, isRecurringDate, occurrences, parseRecurrence, recurringDates } from '../../../src/domain/recurrence/dates';

const OSLO = 'Europe/Oslo';

function allDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

describe('recurring dates', () => {
  it('lists a weekly rule on Monday, Tuesday, Thursday and Friday', () => {
    expect(recurringDates('FREQ=WEEKLY;BYDAY=MO,TU,TH,FR', '2026-01-01', null, '2026-03-01', '2026-03-15')).toEqual([
      '2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06',
      '2026-03-09', '2026-03-10', '2026-03-12', '2026-03-13',
    ]);
  });

  it('keeps every other week in step with startsOn, however late the window', () => {
    const rule = 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE';
    expect(recurringDates(rule, '2026-01-07', null, '2026-06-01', '2026-07-31')).toEqual([
      '2026-06-10', '2026-06-24', '2026-07-08', '2026-07-22',
    ]);
    expect(recurringDates(rule, '2026-01-14', null, '2026-06-01', '2026-07-31')).toEqual([
      '2026-06-03', '2026-06-17', '2026-07-01', '2026-07-15', '2026-07-29',
    ]);
  });

  it('starts a fortnightly rule in the week of startsOn, from startsOn on', () => {
    expect(recurringDates('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR', '2026-01-07', null, '2026-01-01', '2026-02-08')).toEqual([
      '2026-01-09', '2026-01-19', '2026-01-23', '2026-02-02', '2026-02-06',
    ]);
  });

  it('finds the first Monday of every month', () => {
    expect(recurringDates('FREQ=MONTHLY;BYDAY=1MO', '2026-01-01', null, '2026-01-01', '2026-12-31')).toEqual([
      '2026-01-05', '2026-02-02', '2026-03-02', '2026-04-06', '2026-05-04', '2026-06-01',
      '2026-07-06', '2026-08-03', '2026-09-07', '2026-10-05', '2026-11-02', '2026-12-07',
    ]);
  });

  it('finds the last Friday and the last weekday of a month', () => {
    expect(recurringDates('FREQ=MONTHLY;BYDAY=-1FR', '2026-01-01', null, '2026-01-01', '2026-04-30')).toEqual([
      '2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24',
    ]);
    expect(
      recurringDates('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '2026-01-01', null, '2026-01-01', '2026-05-31'),
    ).toEqual(['2026-01-30', '2026-02-27', '2026-03-31', '2026-04-30', '2026-05-29']);
  });

  it('takes month days as given, counting from the end when negative, skipping months too short', () => {
    expect(recurringDates('FREQ=MONTHLY;BYMONTHDAY=-1', '2026-01-01', null, '2026-01-01', '2026-04-30')).toEqual([
      '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30',
    ]);
    expect(recurringDates('FREQ=MONTHLY;BYMONTHDAY=31', '2026-01-01', null, '2026-01-01', '2026-08-31')).toEqual([
      '2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-08-31',
    ]);
  });

  it('repeats on the day of startsOn when the rule does not say which', () => {
    expect(recurringDates('FREQ=MONTHLY', '2026-01-15', null, '2026-05-01', '2026-07-31')).toEqual([
      '2026-05-15', '2026-06-15', '2026-07-15',
    ]);
    expect(recurringDates('FREQ=WEEKLY', '2026-01-07', null, '2026-06-01', '2026-06-14')).toEqual([
      '2026-06-03', '2026-06-10',
    ]);
    expect(recurringDates('FREQ=YEARLY', '2026-05-17', null, '2026-01-01', '2028-12-31')).toEqual([
      '2026-05-17', '2027-05-17', '2028-05-17',
    ]);
  });

  it('counts COUNT from startsOn, not from the window', () => {
    const rule = 'FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5';
    expect(recurringDates(rule, '2026-03-02', null, '2026-01-01', '2026-12-31')).toEqual([
      '2026-03-02', '2026-03-05', '2026-03-09', '2026-03-12', '2026-03-16',
    ]);
    expect(recurringDates(rule, '2026-03-02', null, '2026-03-10', '2026-12-31')).toEqual(['2026-03-12', '2026-03-16']);
    expect(recurringDates(rule, '2026-03-02', null, '2026-03-17', '2026-12-31')).toEqual([]);
  });

  it('stops at the rule UNTIL, inclusive', () => {
    expect(recurringDates('FREQ=WEEKLY;BYDAY=FR;UNTIL=20260320', '2026-03-01', null, '2026-03-01', '2026-04-30')).toEqual([
      '2026-03-06', '2026-03-13', '2026-03-20',
    ]);
  });

  it('stops at the until given, inclusive, whichever of the two comes first', () => {
    const rule = 'FREQ=WEEKLY;BYDAY=FR;UNTIL=20260320';
    expect(recurringDates(rule, '2026-03-01', '2026-03-13', '2026-03-01', '2026-04-30')).toEqual(['2026-03-06', '2026-03-13']);
    expect(recurringDates(rule, '2026-03-01', '2026-12-31', '2026-03-01', '2026-04-30')).toHaveLength(3);
    expect(recurringDates('FREQ=DAILY', '2026-03-01', '2026-03-03', '2026-02-01', '2026-03-31')).toEqual([
      '2026-03-01', '2026-03-02', '2026-03-03',
    ]);
  });

  it('never yields a date before startsOn', () => {
    expect(recurringDates('FREQ=DAILY', '2026-03-30', null, '2026-03-25', '2026-04-01')).toEqual([
      '2026-03-30', '2026-03-31', '2026-04-01',
    ]);
    expect(recurringDates('FREQ=DAILY', '2026-05-01', null, '2026-03-25', '2026-04-01')).toEqual([]);
  });

  it('yields nothing for a window that ends before it starts', () => {
    expect(recurringDates('FREQ=DAILY', '2026-01-01', null, '2026-03-10', '2026-03-09')).toEqual([]);
  });

  it('lists every day through both Oslo daylight-saving weekends of 2026 and the spring one of 2027', () => {
    for (const [from, to] of [['2026-03-27', '2026-03-31'], ['2026-10-23', '2026-10-27'], ['2027-03-26', '2027-03-30']]) {
      expect(recurringDates('FREQ=DAILY', '2026-01-01', null, from, to)).toEqual(allDays(from, to));
    }
    expect(recurringDates('FREQ=WEEKLY;BYDAY=SU', '2026-01-01', null, '2026-03-22', '2026-11-01')).toContain('2026-03-29');
    expect(recurringDates('FREQ=WEEKLY;BYDAY=SU', '2026-01-01', null, '2026-03-22', '2026-11-01')).toContain('2026-10-25');
  });

  it('finds 29 February only in leap years', () => {
    expect(recurringDates('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2026-01-01', null, '2026-01-01', '2036-12-31')).toEqual([
      '2028-02-29', '2032-02-29', '2036-02-29',
    ]);
  });

  it('gives for any window exactly the dates of the whole series that fall in it', () => {
    const rules = [
      'FREQ=DAILY;INTERVAL=3',
      'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,SA',
      'FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=SU,WE',
      'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH',
      'FREQ=MONTHLY;INTERVAL=5',
      'FREQ=YEARLY;INTERVAL=2;BYMONTH=3,9;BYDAY=-1MO',
      'FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1',
    ];
    const startsOn = '2025-08-20';
    for (const rule of rules) {
      const whole = recurringDates(rule, startsOn, null, startsOn, '2028-12-31');
      expect(whole.length, rule).toBeGreaterThanOrEqual(3);
      for (const [from, to] of [['2026-03-01', '2026-04-15'], ['2027-02-10', '2027-12-31'], ['2025-08-20', '2025-09-30']]) {
        expect(recurringDates(rule, startsOn, null, from, to), `${rule} in ${from}..${to}`).toEqual(
          whole.filter((d) => d >= from && d <= to),
        );
      }
    }
  });

  it('hands out a fresh array each time', () => {
    const first = recurringDates('FREQ=DAILY', '2026-01-01', null, '2026-01-01', '2026-01-03');
    first.push('mutated');
    expect(recurringDates('FREQ=DAILY', '2026-01-01', null, '2026-01-01', '2026-01-03')).toHaveLength(3);
  });

  it('throws invalid_date for a date that is not one', () => {
    expect(() => recurringDates('FREQ=DAILY', '2026-02-30', null, '2026-01-01', '2026-03-01')).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => recurringDates('FREQ=DAILY', '2026-01-01', null, 'today', '2026-03-01')).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });

  it('yields no dates for a stored rule it cannot read, which parseRecurrence refuses when saved', () => {
    for (const rule of ['FREQ=HOURLY', 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO']) {
      expect(recurringDates(rule, '2026-01-01', null, '2026-01-01', '2026-12-31')).toEqual([]);
      expect(isReadableRule(rule)).toBe(false);
      expect(() => parseRecurrence(rule, '2026-01-01')).toThrow(expect.objectContaining({ code: 'invalid_rrule' }));
    }
    expect(isReadableRule('FREQ=WEEKLY;BYDAY=MO')).toBe(true);
  });
});

describe('is a date an opening day', () => {
  const rule = 'FREQ=WEEKLY;BYDAY=MO,TU,TH,FR';
  it('says yes on a listed weekday from startsOn to until', () => {
    expect(isRecurringDate(rule, '2026-01-01', null, '2026-03-30')).toBe(true);
    expect(isRecurringDate(rule, '2026-01-01', '2026-12-31', '2026-12-31')).toBe(true);
  });
  it('says no on other weekdays, before startsOn and after until', () => {
    expect(isRecurringDate(rule, '2026-01-01', null, '2026-04-01')).toBe(false);
    expect(isRecurringDate(rule, '2026-04-01', null, '2026-03-30')).toBe(false);
    expect(isRecurringDate(rule, '2026-01-01', '2026-03-29', '2026-03-30')).toBe(false);
  });
});

describe('timed occurrences', () => {
  const bikeStop = {
    rule: 'FREQ=WEEKLY;BYDAY=TU',
    startsOn: '2026-01-01',
    until: null,
    startTime: '10:00',
    durationMinutes: 90,
    zone: OSLO,
  };

  it('keeps the wall-clock start across the spring change', () => {
    const found = occurrences({ ...bikeStop, from: '2026-03-20', to: '2026-04-02' });
    expect(found.map((o) => o.date)).toEqual(['2026-03-24', '2026-03-31']);
    expect(found.map((o) => isoInZone(o.start, OSLO))).toEqual(['2026-03-24T10:00:00+01:00', '2026-03-31T10:00:00+02:00']);
    expect(found.map((o) => isoInZone(o.end, OSLO))).toEqual(['2026-03-24T11:30:00+01:00', '2026-03-31T11:30:00+02:00']);
  });

  it('keeps the wall-clock start across the autumn change', () => {
    const found = occurrences({ ...bikeStop, from: '2026-10-20', to: '2026-10-27' });
    expect(found.map((o) => isoInZone(o.start, OSLO))).toEqual(['2026-10-20T10:00:00+02:00', '2026-10-27T10:00:00+01:00']);
  });

  it('on the change night itself, moves a skipped start forward and takes the first pass of a repeated one', () => {
    const night = { ...bikeStop, rule: 'FREQ=WEEKLY;BYDAY=SU', startTime: '02:30', durationMinutes: 60 };
    const spring = occurrences({ ...night, from: '2026-03-29', to: '2026-03-29' });
    expect(isoInZone(spring[0].start, OSLO)).toBe('2026-03-29T03:30:00+02:00');
    const autumn = occurrences({ ...night, from: '2026-10-25', to: '2026-10-25' });
    expect(isoInZone(autumn[0].start, OSLO)).toBe('2026-10-25T02:30:00+02:00');
    // the duration is real time: an hour after the first 02:30 the clock reads 02:30 again
    expect(isoInZone(autumn[0].end, OSLO)).toBe('2026-10-25T02:30:00+01:00');
  });

  it('lasts durationMinutes of real time and comes sorted by start', () => {
    const found = occurrences({ ...bikeStop, rule: 'FREQ=DAILY', from: '2026-10-20', to: '2026-10-30' });
    expect(found).toHaveLength(11);
    for (const o of found) expect(o.end - o.start).toBe(90 * 60_000);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThan(found[i - 1].start);
  });

  it('works in any zone', () => {
    const found = occurrences({ ...bikeStop, zone: 'America/New_York', from: '2026-03-03', to: '2026-03-10' });
    expect(found.map((o) => isoInZone(o.start, 'America/New_York'))).toEqual([
      '2026-03-03T10:00:00-05:00',
      '2026-03-10T10:00:00-04:00',
    ]);
  });

  it('refuses a duration that is not a positive whole number of minutes', () => {
    expect(() => occurrences({ ...bikeStop, durationMinutes: 0, from: '2026-03-01', to: '2026-03-31' })).toThrow(DomainError);
  });
});

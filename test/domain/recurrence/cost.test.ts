import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/domain/local-date';
import { parseRecurrence } from '../../../src/domain/recurrence/dates';
import { expandRule } from '../../../src/domain/recurrence/expansion';
import { readRecurrenceRule } from '../../../src/domain/recurrence/rule';

const refusal = (rule: string, startsOn: string) => {
  try {
    parseRecurrence(rule, startsOn);
  } catch (e) {
    return e;
  }
  return null;
};

describe('rules that would yield nothing', () => {
  it('refuses a rule with no date within five years of its start with 400 invalid_rrule', () => {
    // 2026-03-03 is a Tuesday: every seventh day from it is a Tuesday, never a Monday.
    expect(refusal('FREQ=DAILY;INTERVAL=7;BYDAY=MO', '2026-03-03')).toMatchObject({ status: 400, code: 'invalid_rrule' });
    expect(refusal('FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31', '2026-03-03')).toMatchObject({ status: 400, code: 'invalid_rrule' });
    expect(refusal('FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29', '2027-01-01')).toMatchObject({ status: 400, code: 'invalid_rrule' });
    expect(refusal('FREQ=YEARLY;INTERVAL=10;BYMONTH=2;BYMONTHDAY=29', '2029-03-01')).toMatchObject({ status: 400, code: 'invalid_rrule' });
  });

  it('accepts the same rules from a start they do reach', () => {
    expect(refusal('FREQ=DAILY;INTERVAL=7;BYDAY=MO', '2026-03-02')).toBeNull();
    expect(refusal('FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29', '2028-01-01')).toBeNull();
    expect(refusal('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2029-03-01')).toBeNull();
  });

  it('does not hold an early UNTIL against the rule', () => {
    expect(refusal('FREQ=WEEKLY;UNTIL=20200101', '2026-03-02')).toBeNull();
  });
});

describe('the work an expansion does', () => {
  // One step a period visited and a candidate day looked at; about one step a day of the window,
  // plus the two part-years or part-months at its ends, whatever the rule.
  const bound = (lo: string, hi: string) => daysBetween(lo, hi) + 1 + 2 * 366 + 60;
  const stepsFor = (rule: string, startsOn: string, lo: string, hi: string) => expandRule(readRecurrenceRule(rule), startsOn, lo, hi);

  it.each([
    ['every day', 'FREQ=DAILY'],
    ['every day of the year by weekday', 'FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU'],
    ['31 February, daily', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31'],
    ['31 February, monthly', 'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31'],
    ['31 February, yearly', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31'],
    ['a Monday never reached', 'FREQ=DAILY;INTERVAL=7;BYDAY=MO'],
    ['the largest interval, daily', 'FREQ=DAILY;INTERVAL=99'],
    ['the largest interval, weekly', 'FREQ=WEEKLY;INTERVAL=99;BYDAY=MO,TU,WE,TH,FR,SA,SU'],
    ['the largest interval, yearly on 29 February', 'FREQ=YEARLY;INTERVAL=99;BYMONTH=2;BYMONTHDAY=29'],
    ['the last weekday of each month', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'],
    ['every day of the year by year day', `FREQ=YEARLY;BYYEARDAY=${Array.from({ length: 100 }, (_, i) => i + 1).join(',')}`],
  ])('stays within a step a day of a three-year window for %s, started 40 years before it', (_, rule) => {
    const [lo, hi] = ['2026-01-01', '2028-12-31'];
    const { steps } = stepsFor(rule, '1986-01-07', lo, hi);
    expect(steps).toBeLessThanOrEqual(bound(lo, hi));
  });

  it('walks from the start only as far as COUNT needs', () => {
    const { dates, steps } = stepsFor('FREQ=DAILY;COUNT=1000', '1986-01-07', '2026-01-01', '2028-12-31');
    expect(dates).toEqual([]);
    expect(steps).toBeLessThanOrEqual(1000 + 2 * 31 + 40);
  });

  it('looks only at the weekdays named when the rule names weekdays: the 20th Monday of the year, counted from 1100', () => {
    const { dates, steps } = stepsFor('FREQ=YEARLY;BYDAY=20MO;COUNT=1000', '1100-01-01', '2026-01-01', '2026-12-31');
    expect(dates).toEqual(['2026-05-18']);
    // Nine hundred years of 52 or 53 Mondays each, not of 365 days.
    expect(steps).toBeLessThanOrEqual(1001 * 54);
  });

  it('yields every day of a three-year window, each once', () => {
    const { dates } = stepsFor('FREQ=DAILY', '2026-01-01', '2026-01-01', '2028-12-31');
    expect(dates).toHaveLength(daysBetween('2026-01-01', '2028-12-31') + 1);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('stops at the first date when asked for one', () => {
    const { dates, steps } = expandRule(readRecurrenceRule('FREQ=DAILY'), '2026-01-01', '2026-01-01', '2036-01-01', 1);
    expect(dates).toEqual(['2026-01-01']);
    expect(steps).toBeLessThanOrEqual(32);
  });
});

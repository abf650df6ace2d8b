import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/local-date';
import { recurringDates } from '../../../src/domain/recurrence/dates';
import { patternToRule, REPEATS, ruleToPattern, WEEKDAYS, type WeeklyPattern } from '../../../src/domain/recurrence/weekly-pattern';

const pattern = (days: string, repeat: WeeklyPattern['repeat'], until?: string): WeeklyPattern => ({
  weekdays: new Set(days.split(',')) as WeeklyPattern['weekdays'],
  repeat,
  ...(until ? { until } : {}),
});

describe('opening days from weekday boxes', () => {
  it.each([
    [pattern('MO,WE', 'every-week'), 'FREQ=WEEKLY;BYDAY=MO,WE'],
    [pattern('WE,MO', 'every-2nd-week'), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE'],
    [pattern('SU', 'every-4th-week', '2031-06-01'), 'FREQ=WEEKLY;INTERVAL=4;BYDAY=SU;UNTIL=20310601'],
    [pattern('MO,WE', 'first-in-month'), 'FREQ=MONTHLY;BYDAY=1MO,1WE'],
    [pattern('FR', 'last-in-month'), 'FREQ=MONTHLY;BYDAY=-1FR'],
  ])('writes %o as %s', (p, rule) => {
    expect(patternToRule(p)).toBe(rule);
  });

  it('means the first Monday and the first Wednesday of each month, both', () => {
    const dates = recurringDates(patternToRule(pattern('MO,WE', 'first-in-month')), '2026-12-01', null, '2026-12-01', '2027-01-31');
    expect(dates).toEqual(['2026-12-02', '2026-12-07', '2027-01-04', '2027-01-06']);
  });

  it('refuses a pattern without a weekday with 400 naming the weekdays', () => {
    expect(() => patternToRule(pattern('', 'every-week'))).toThrow(expect.objectContaining({ status: 400, details: { fields: [{ field: 'weekdays', message: expect.any(String) }] } }));
  });

  it('comes back the same from its rule, for every repeat and sets of days', () => {
    for (const repeat of REPEATS) {
      for (const days of ['MO', 'MO,WE', 'TU,TH,SA', WEEKDAYS.join(',')]) {
        for (const until of [undefined, '2030-06-01']) {
          const p = pattern(days, repeat, until);
          expect(ruleToPattern(patternToRule(p))).toEqual(p);
        }
      }
    }
  });
});

describe('weekday boxes from a rule', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=MO,TU,TH,FR', pattern('MO,TU,TH,FR', 'every-week')],
    ['RRULE:freq=weekly;interval=3;byday=fr', pattern('FR', 'every-3rd-week')],
    ['FREQ=DAILY', pattern(WEEKDAYS.join(','), 'every-week')],
    ['FREQ=DAILY;BYDAY=SA,SU', pattern('SA,SU', 'every-week')],
    ['FREQ=MONTHLY;BYDAY=-1FR', pattern('FR', 'last-in-month')],
    ['FREQ=MONTHLY;BYDAY=2TU,2TH;UNTIL=20300601T215959Z', pattern('TU,TH', 'second-in-month', '2030-06-01')],
  ])('reads %s into the boxes', (rule, p) => {
    expect(ruleToPattern(rule, 'Europe/Oslo')).toEqual(p);
  });

  it.each([
    'FREQ=WEEKLY', // the weekday would come from startsOn
    'FREQ=WEEKLY;INTERVAL=5;BYDAY=MO',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=SU',
    'FREQ=DAILY;INTERVAL=2',
    'FREQ=WEEKLY;BYDAY=MO;COUNT=10',
    'FREQ=MONTHLY;BYDAY=1MO,2WE',
    'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1',
    'FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO',
    'FREQ=MONTHLY;BYMONTHDAY=15',
    'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24',
    'FREQ=WEEKLY;BYDAY=MO;BYMONTH=6,7',
    'not a rule',
  ])('leaves %s to the Advanced text', (rule) => {
    expect(ruleToPattern(rule)).toBeNull();
  });

  it('gives boxes that yield the same dates as the rule they came from', () => {
    const rules = ['FREQ=DAILY', 'FREQ=DAILY;BYDAY=MO,FR', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU', 'FREQ=MONTHLY;BYDAY=-1SA;UNTIL=20280101', 'FREQ=WEEKLY;WKST=MO;INTERVAL=4;BYDAY=WE'];
    for (const rule of rules) {
      for (const startsOn of ['2026-03-25', '2026-10-22', '2027-01-01']) {
        const again = patternToRule(ruleToPattern(rule)!);
        const window = [startsOn, addDays(startsOn, 400)] as const;
        expect(recurringDates(again, startsOn, null, ...window)).toEqual(recurringDates(rule, startsOn, null, ...window));
      }
    }
  });
});

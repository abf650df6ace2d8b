import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/errors';
import { parseRecurrence } from '../../../src/domain/recurrence/dates';

describe('reading a recurrence rule', () => {
  it.each([
    'FREQ=WEEKLY;BYDAY=MO,TU,TH,FR',
    'RRULE:FREQ=DAILY',
    'rrule:freq=weekly;byday=mo,we',
    '  FREQ=WEEKLY;INTERVAL=2;BYDAY=WE  ',
    'FREQ=MONTHLY;BYDAY=1MO',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'FREQ=MONTHLY;BYMONTHDAY=15,-1',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    'FREQ=DAILY;COUNT=10',
    'FREQ=WEEKLY;BYDAY=FR;UNTIL=20261231',
    'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24',
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
    'FREQ=WEEKLY;WKST=SU;BYDAY=SU,MO',
  ])('accepts %s', (rule) => {
    expect(() => parseRecurrence(rule, '2026-03-02')).not.toThrow();
  });

  it.each([
    ['an empty rule', ''],
    ['a rule without FREQ', 'BYDAY=MO'],
    ['FREQ=HOURLY', 'FREQ=HOURLY'],
    ['FREQ=MINUTELY', 'FREQ=MINUTELY;INTERVAL=30'],
    ['FREQ=SECONDLY', 'FREQ=SECONDLY'],
    ['an unknown frequency', 'FREQ=FORTNIGHTLY'],
    ['a time of day', 'FREQ=DAILY;BYHOUR=10'],
    ['DTSTART inside the rule', 'FREQ=WEEKLY;DTSTART=20260101'],
    ['a DTSTART line', 'DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY'],
    ['UNTIL with a time that is not one', 'FREQ=WEEKLY;UNTIL=20261231T245959Z'],
    ['UNTIL with an offset', 'FREQ=WEEKLY;UNTIL=20261231T235959+0100'],
    ['BYWEEKNO', 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO'],
    ['plain and numbered weekdays mixed', 'FREQ=MONTHLY;BYDAY=MO,1FR'],
    ['UNTIL on a day that does not exist', 'FREQ=WEEKLY;UNTIL=20260230'],
    ['COUNT and UNTIL together', 'FREQ=DAILY;COUNT=5;UNTIL=20261231'],
    ['COUNT that is not a number', 'FREQ=DAILY;COUNT=abc'],
    ['INTERVAL=0', 'FREQ=DAILY;INTERVAL=0'],
    ['an unknown weekday', 'FREQ=WEEKLY;BYDAY=XX'],
    ['a numbered weekday in a weekly rule', 'FREQ=WEEKLY;BYDAY=1MO'],
    ['a sixth Monday in a month', 'FREQ=MONTHLY;BYDAY=6MO'],
    ['a month day in a weekly rule', 'FREQ=WEEKLY;BYMONTHDAY=1'],
    ['day 32', 'FREQ=MONTHLY;BYMONTHDAY=32'],
    ['month 13', 'FREQ=YEARLY;BYMONTH=13'],
    ['BYSETPOS alone', 'FREQ=MONTHLY;BYSETPOS=1'],
    ['an unknown part', 'FREQ=DAILY;FOO=1'],
    ['a part given twice', 'FREQ=DAILY;FREQ=WEEKLY'],
    ['EXDATE, which is not part of an RRULE', 'FREQ=DAILY;EXDATE=20260101'],
    ['a rule that can never match: 30 February', 'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30'],
    ['a rule that can never match: daily on 31 April', 'FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31'],
  ])('rejects %s with 400 invalid_rrule', (_, rule) => {
    let error: unknown;
    try {
      parseRecurrence(rule, '2026-03-02');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_rrule' });
    expect((error as DomainError).details).toMatchObject({ fields: [{ field: 'rrule' }] });
  });

  it('rejects a rule that is not a string', () => {
    expect(() => parseRecurrence(42 as unknown as string, '2026-03-02')).toThrow(DomainError);
  });
});

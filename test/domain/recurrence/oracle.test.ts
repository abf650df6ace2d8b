import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/local-date';
import { occurrences, recurringDates } from '../../../src/domain/recurrence/dates';
import { readRecurrenceRule } from '../../../src/domain/recurrence/rule';
import { RRule } from './rrule';

// Our expander is checked against rrule.js, an independent implementation, over many random rules.
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function randomRule(random: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(items)))];
  const freq = pick(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const);
  const parts = [`FREQ=${freq}`];
  if (random() < 0.5) parts.push(`INTERVAL=${random() < 0.9 ? 1 + Math.floor(random() * 5) : 1 + Math.floor(random() * 99)}`);
  const numbered = (freq === 'MONTHLY' || freq === 'YEARLY') && random() < 0.4;
  if (random() < 0.6) {
    const ordinals = freq === 'MONTHLY' ? [1, 2, 3, 4, -1, -2] : [1, 2, 10, 20, -1, -5];
    parts.push(`BYDAY=${some(DAYS, 4).map((d) => (numbered ? `${pick(ordinals)}${d}` : d)).join(',')}`);
  }
  if (freq !== 'WEEKLY' && random() < 0.3) parts.push(`BYMONTHDAY=${some([1, 2, 15, 28, 29, 30, 31, -1, -2, -7], 3).join(',')}`);
  if (random() < 0.3) parts.push(`BYMONTH=${some([1, 2, 3, 6, 10, 11, 12], 3).join(',')}`);
  if (freq === 'YEARLY' && random() < 0.2) parts.push(`BYYEARDAY=${some([1, 60, 100, 200, 365, 366, -1, -100], 3).join(',')}`);
  // One position, and only -1 from the end: rrule.js yields a day twice when two positions name it,
  // and picks the first day for -2 when a period has one (slice(-2)[0]); see 'set positions' below.
  if (freq !== 'DAILY' && parts.length > 1 && random() < 0.3) parts.push(`BYSETPOS=${pick([1, 2, -1, 3])}`);
  if (random() < 0.2) parts.push(`WKST=${pick(['MO', 'SU', 'WE'])}`);
  if (random() < 0.25) parts.push(`COUNT=${1 + Math.floor(random() * 60)}`);
  else if (random() < 0.2) parts.push(`UNTIL=${2026 + Math.floor(random() * 4)}${pick(['0101', '0331', '0630', '1025', '1231'])}`);
  return parts.join(';');
}

function oracle(rule: string, startsOn: string, from: string, to: string): string[] {
  const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
  const r = new RRule({ ...RRule.parseString(rule), dtstart: new Date(ms(startsOn)) });
  return r.between(new Date(ms(from)), new Date(ms(to)), true).map((d) => d.toISOString().slice(0, 10));
}

// The last Sundays of March and October, when Oslo changes its clocks.
const DST_WEEKENDS = ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', '2028-03-26', '2028-10-29'];

describe('expansion checked against rrule.js', () => {
  it('yields the same dates as rrule.js for 1000 random rules, start dates and windows', () => {
    const random = seeded(13);
    let compared = 0;
    while (compared < 1000) {
      const rule = randomRule(random);
      try {
        readRecurrenceRule(rule);
      } catch {
        continue;
      }
      const near = DST_WEEKENDS[Math.floor(random() * DST_WEEKENDS.length)]!;
      const startsOn = addDays(near, Math.floor(random() * 60) - 40);
      const from = addDays(startsOn, Math.floor(random() * 400) - 30);
      const to = addDays(from, Math.floor(random() * 200));
      // rrule.js walks to year 9999 looking for a date that never comes (whatever COUNT or UNTIL
      // say): give it only rules that, left to run on, yield a date after the window.
      const runOn = rule.split(';').filter((p) => !/^(COUNT|UNTIL)=/.test(p)).join(';');
      if (recurringDates(runOn, startsOn, null, addDays(to, 1), addDays(to, 5 * 366)).length === 0) continue;
      const expected = oracle(rule, startsOn, from, to);
      expect([rule, startsOn, from, to, recurringDates(rule, startsOn, null, from, to)]).toEqual([rule, startsOn, from, to, expected]);
      compared++;
    }
  });

  it('keeps the wall-clock start on every Oslo daylight-saving weekend, as luxon places it', () => {
    for (const sunday of DST_WEEKENDS) {
      const from = addDays(sunday, -3);
      const list = occurrences({ rule: 'FREQ=DAILY', startsOn: '2026-01-01', until: null, startTime: '10:00', durationMinutes: 60, zone: 'Europe/Oslo', from, to: addDays(sunday, 3) });
      expect(list.map((o) => o.date)).toEqual(oracle('FREQ=DAILY', '2026-01-01', from, addDays(sunday, 3)));
      for (const o of list) expect(o.start).toBe(DateTime.fromISO(`${o.date}T10:00`, { zone: 'Europe/Oslo' }).toMillis());
    }
  });
});

describe('set positions', () => {
  it('picks nothing for a position past the days a period has, where rrule.js picks the first', () => {
    // 29 March 2030 is a Friday, the only 29th in March–May 2030 that is a Friday.
    expect(recurringDates('FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=29;BYSETPOS=-2', '2030-03-01', null, '2030-03-01', '2030-05-31')).toEqual([]);
    expect(recurringDates('FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=29;BYSETPOS=-1', '2030-03-01', null, '2030-03-01', '2030-05-31')).toEqual(['2030-03-29']);
  });

  it('yields a day once when two positions name it, where rrule.js yields it twice', () => {
    expect(recurringDates('FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=29;BYSETPOS=1,-1', '2030-03-01', null, '2030-03-01', '2030-05-31')).toEqual(['2030-03-29']);
  });
});

describe('UNTIL as calendar programs write it', () => {
  const weekly = (until: string, zone = 'Europe/Oslo') => recurringDates(`FREQ=DAILY;UNTIL=${until}`, '2030-05-30', null, '2030-05-28', '2030-06-05', zone);

  it('takes a date as the last day', () => {
    expect(weekly('20300601')).toEqual(['2030-05-30', '2030-05-31', '2030-06-01']);
  });

  it('takes a floating date-time as a moment on that day in the site zone', () => {
    expect(weekly('20300601T120000')).toEqual(['2030-05-30', '2030-05-31', '2030-06-01']);
    expect(weekly('20300601T000000')).toEqual(['2030-05-30', '2030-05-31', '2030-06-01']);
  });

  it('reads a UTC date-time in the site zone: 21:59:59Z on 1 June is 23:59:59 in Oslo summer time', () => {
    expect(weekly('20300601T215959Z')).toEqual(['2030-05-30', '2030-05-31', '2030-06-01']);
  });

  it('reads 22:00Z on 31 May as midnight starting 1 June in Oslo, so 1 June is included', () => {
    expect(weekly('20300531T220000Z')).toEqual(['2030-05-30', '2030-05-31', '2030-06-01']);
    expect(weekly('20300531T220000Z', 'UTC')).toEqual(['2030-05-30', '2030-05-31']);
  });

  it('reads a UTC date-time in winter time an hour later than in summer', () => {
    const dates = recurringDates('FREQ=DAILY;UNTIL=20301231T230000Z', '2030-12-30', null, '2030-12-29', '2031-01-03', 'Europe/Oslo');
    expect(dates).toEqual(['2030-12-30', '2030-12-31', '2031-01-01']);
  });

  it('keeps a UTC UNTIL at the very end of year 9999 a date', () => {
    expect(recurringDates('FREQ=YEARLY;UNTIL=99991231T230000Z', '9990-12-31', null, '9998-01-01', '9999-12-31', 'Pacific/Kiritimati')).toEqual(['9998-12-31', '9999-12-31']);
  });

  it('applies the zone to timed occurrences too', () => {
    const list = occurrences({ rule: 'FREQ=DAILY;UNTIL=20300531T220000Z', startsOn: '2030-05-30', until: null, startTime: '00:30', durationMinutes: 30, zone: 'Europe/Oslo', from: '2030-05-30', to: '2030-06-03' });
    expect(list.map((o) => o.date)).toEqual(['2030-05-30', '2030-05-31', '2030-06-01']);
  });
});

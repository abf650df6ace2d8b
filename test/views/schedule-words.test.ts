import { describe, expect, it } from 'vitest';
import { en } from '../../web/i18n/en';
import { nb } from '../../web/i18n/nb';
import { scheduleInWords, type ScheduleToSay } from '../../web/views/schedule-words';

const base: ScheduleToSay = { rule: 'FREQ=WEEKLY;BYDAY=MO,WE', startsOn: '2026-11-30', until: null, zone: 'Europe/Oslo', startTime: '10:00', durationMinutes: 120, today: '2026-11-20' };
const say = (changes: Partial<ScheduleToSay>) => [scheduleInWords(en, { ...base, ...changes }), scheduleInWords(nb, { ...base, ...changes })];

describe('a schedule in words', () => {
  it('says the days, the repeat, the hours and the start', () => {
    expect(say({})).toEqual(['Mondays and Wednesdays, every week, 10:00–12:00, from 30 November', 'mandager og onsdager, hver uke, 10:00–12:00, fra 30. november']);
  });

  it('says every second week and lists three days', () => {
    expect(say({ rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR,MO,WE' })).toEqual([
      'Mondays, Wednesdays and Fridays, every 2nd week, 10:00–12:00, from 30 November',
      'mandager, onsdager og fredager, annenhver uke, 10:00–12:00, fra 30. november',
    ]);
    expect(say({ rule: 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU' })[1]).toBe('tirsdager, hver 3. uke, 10:00–12:00, fra 30. november');
  });

  it('says a monthly rule with the weekday names of the locale', () => {
    expect(say({ rule: 'FREQ=MONTHLY;BYDAY=-1FR' })).toEqual([
      'the last Friday of each month, 10:00–12:00, from 30 November',
      'siste fredag i måneden, 10:00–12:00, fra 30. november',
    ]);
    expect(say({ rule: 'FREQ=MONTHLY;BYDAY=1MO,1WE' })[1]).toBe('første mandag og onsdag i måneden, 10:00–12:00, fra 30. november');
  });

  it('says until when, with the year when it is not this year, whichever end comes first', () => {
    expect(say({ rule: 'FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20300531T220000Z' })).toEqual([
      'Mondays and Wednesdays, every week, 10:00–12:00, from 30 November, until 1 June 2030',
      'mandager og onsdager, hver uke, 10:00–12:00, fra 30. november, til og med 1. juni 2030',
    ]);
    expect(say({ until: '2026-12-18', rule: 'FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270101' })[0]).toBe('Mondays and Wednesdays, every week, 10:00–12:00, from 30 November, until 18 December');
  });

  it('leaves out a start that has passed and says the year of one next year', () => {
    expect(say({ today: '2027-01-10' })[0]).toBe('Mondays and Wednesdays, every week, 10:00–12:00');
    expect(say({ today: '2025-12-01' })[1]).toBe('mandager og onsdager, hver uke, 10:00–12:00, fra 30. november 2026');
  });

  it('says every day, and an end past midnight', () => {
    expect(say({ rule: 'FREQ=DAILY', startTime: '22:30', durationMinutes: 120 })[0]).toBe('every day, 22:30–00:30, from 30 November');
    expect(say({ rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR,SA,SU' })[1]).toBe('hver dag, annenhver uke, 10:00–12:00, fra 30. november');
  });

  it('gives a generic phrase for a rule the boxes cannot say, keeping the hours and dates', () => {
    expect(say({ rule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24;UNTIL=20301231' })).toEqual([
      'on a schedule of its own, 10:00–12:00, from 30 November, until 31 December 2030',
      'etter en egen regel, 10:00–12:00, fra 30. november, til og med 31. desember 2030',
    ]);
  });
});

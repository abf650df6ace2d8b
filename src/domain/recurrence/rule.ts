import { DateTime } from 'luxon';
import { DomainError } from '../errors';
import { isLocalDate, isValidZone, type LocalDate } from '../local-date';

type Frequency = 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY';
/** 0 = Monday … 6 = Sunday, as rrule.js counts. */
type WeekdayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;
type ByDay = { weekday: WeekdayIndex; nth: number | null };

/** An RFC 5545 RRULE over dates, checked and spelled out. */
export type RecurrenceRule = {
  freq: Frequency;
  interval: number;
  count: number | null;
  /** The last day the rule may yield, in the site's zone (UNTIL read as calendar programs write it). */
  until: LocalDate | null;
  byDay: ByDay[];
  byMonthDay: number[];
  byMonth: number[];
  byYearDay: number[];
  bySetPos: number[];
  weekStart: WeekdayIndex;
};

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const MAX_INTERVAL = 99;
const MAX_COUNT = 1000;
const MAX_RULE_LENGTH = 500;

const FREQUENCIES: readonly string[] = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'];
const SUB_DAILY = ['HOURLY', 'MINUTELY', 'SECONDLY'];
const KNOWN_PARTS = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYYEARDAY', 'BYSETPOS', 'WKST'];
const TIME_PARTS = ['BYHOUR', 'BYMINUTE', 'BYSECOND'];

function invalid(message: string): DomainError {
  return new DomainError(400, 'invalid_rrule', message, { fields: [{ field: 'rrule', message }] });
}

function integerList(part: string, value: string, min: number, max: number, signed: boolean): number[] {
  const pattern = signed ? /^[+-]?\d{1,3}$/ : /^\d{1,3}$/;
  return value.split(',').map((item) => {
    const n = Number(item);
    if (!pattern.test(item) || n === 0 || Math.abs(n) < min || Math.abs(n) > max) {
      throw invalid(`${part} must list ${signed ? `±${min}..${max}` : `${min}..${max}`}, got ${JSON.stringify(item)}`);
    }
    return n;
  });
}

function weekdayIndex(code: string): WeekdayIndex {
  const i = WEEKDAY_CODES.indexOf(code as (typeof WEEKDAY_CODES)[number]);
  if (i < 0) throw invalid(`Not a weekday: ${JSON.stringify(code)} (use MO, TU, WE, TH, FR, SA, SU)`);
  return i as WeekdayIndex;
}

function byDayList(value: string): ByDay[] {
  return value.split(',').map((item) => {
    const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
    if (!m) throw invalid(`BYDAY entries look like MO or 1MO or -1FR, got ${JSON.stringify(item)}`);
    const nth = m[1] === undefined ? null : Number(m[1]);
    if (nth !== null && (nth === 0 || Math.abs(nth) > 53)) throw invalid(`BYDAY ordinal must be ±1..53, got ${item}`);
    return { weekday: weekdayIndex(m[2]), nth };
  });
}

/**
 * UNTIL as calendar programs write it: a date (20300601), a floating date-time (20300601T120000,
 * wall-clock in the site's zone) or a UTC date-time (20300601T215959Z). Rules are over dates, so
 * it means the last day on or before that moment in the site's zone.
 */
function untilDate(value: string, zone: string): LocalDate {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  const date = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  const timeOk = !m || m[4] === undefined || (Number(m[4]) <= 23 && Number(m[5]) <= 59 && Number(m[6]) <= 60);
  if (!isLocalDate(date) || !timeOk) {
    throw invalid(`UNTIL must be a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS (with Z for UTC), got ${JSON.stringify(value)}`);
  }
  if (m![7] !== 'Z') return date;
  const [year, month, day, hour, minute, second] = m!.slice(1, 7).map(Number) as number[];
  const utc = DateTime.fromObject({ year, month, day, hour, minute, second: Math.min(second!, 59) }, { zone: 'utc' });
  const local = utc.setZone(zone).toISODate();
  // Only at the ends of year 0000-9999 can the zone move it out of YYYY-MM-DD; the UTC date then serves.
  return isLocalDate(local) ? local : date;
}

function positiveInteger(part: string, value: string, max: number): number {
  const n = Number(value);
  if (!/^\d{1,4}$/.test(value) || n < 1 || n > max) throw invalid(`${part} must be a whole number 1..${max}`);
  return n;
}

function splitParts(rule: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of rule.split(';').filter((p) => p !== '')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (key === 'DTSTART') throw invalid('DTSTART does not belong in the rule: the first date is startsOn');
    if (key === 'BYWEEKNO') throw invalid('BYWEEKNO is not supported: say the days with BYMONTH, BYMONTHDAY or BYDAY');
    if (TIME_PARTS.includes(key)) throw invalid(`${key} is not supported: rules are over dates, the time comes separately`);
    if (!KNOWN_PARTS.includes(key)) throw invalid(`Unknown or unsupported rule part ${JSON.stringify(key)}`);
    if (value === '') throw invalid(`${key} needs a value`);
    if (parts.has(key)) throw invalid(`${key} appears twice`);
    parts.set(key, value);
  }
  return parts;
}

// RFC 5545 §3.3.10 says which BYxxx parts make sense with which FREQ; rrule.js quietly
// does something odd with the others, so refuse them with a message a person can act on.
function checkCombinations(r: RecurrenceRule): void {
  if (r.count !== null && r.until !== null) throw invalid('COUNT and UNTIL cannot both be given');
  if (r.byMonthDay.length && r.freq === 'WEEKLY') throw invalid('BYMONTHDAY cannot be used with FREQ=WEEKLY');
  if (r.byYearDay.length && r.freq !== 'YEARLY') throw invalid('BYYEARDAY needs FREQ=YEARLY');
  const ordinals = r.byDay.some((d) => d.nth !== null);
  if (ordinals && r.freq !== 'MONTHLY' && r.freq !== 'YEARLY') {
    throw invalid('Numbered weekdays (like 1MO) need FREQ=MONTHLY or FREQ=YEARLY');
  }
  if (ordinals && r.byDay.some((d) => d.nth === null)) {
    throw invalid('Write the weekdays either all numbered (1MO,-1FR) or all plain (MO,FR), not mixed');
  }
  if (ordinals && r.byDay.some((d) => d.nth !== null && Math.abs(d.nth) > 5) && (r.freq === 'MONTHLY' || r.byMonth.length)) {
    throw invalid('A month has at most 5 of each weekday');
  }
  const narrowed = r.byDay.length + r.byMonthDay.length + r.byMonth.length + r.byYearDay.length;
  if (r.bySetPos.length && narrowed === 0) throw invalid('BYSETPOS needs another BYxxx part to pick from');
  if (r.bySetPos.length && r.freq === 'DAILY') throw invalid('BYSETPOS with FREQ=DAILY would pick from a single day: leave it out');
}

/**
 * Reads an RFC 5545 RRULE without DTSTART (with or without a leading `RRULE:`), or throws
 * DomainError 400 `invalid_rrule`. Only date-level rules: FREQ DAILY or coarser; a UTC UNTIL is
 * read in `zone`, the site's.
 */
export function readRecurrenceRule(input: string, zone = 'UTC'): RecurrenceRule {
  if (typeof input !== 'string') throw invalid('The rule must be a string');
  const text = input.trim().replace(/^RRULE:/i, '').toUpperCase();
  if (text === '') throw invalid('The rule is empty');
  if (text.length > MAX_RULE_LENGTH) throw invalid(`The rule is longer than ${MAX_RULE_LENGTH} characters`);
  if (!isValidZone(zone)) throw new DomainError(400, 'invalid_timezone', `Unknown time zone: ${JSON.stringify(zone)}`);
  if (!/^[A-Z0-9=;,+-]+$/.test(text)) throw invalid('The rule may only hold one RRULE line of PART=VALUE pairs separated by ";"');
  const parts = splitParts(text);

  const freq = parts.get('FREQ');
  if (freq === undefined) throw invalid('FREQ is required');
  if (SUB_DAILY.includes(freq)) throw invalid(`FREQ=${freq} is finer than a day: rules are over dates`);
  if (!FREQUENCIES.includes(freq)) throw invalid(`FREQ must be one of ${FREQUENCIES.join(', ')}`);

  const get = <T>(key: string, read: (value: string) => T, fallback: T): T => {
    const value = parts.get(key);
    return value === undefined ? fallback : read(value);
  };
  const rule: RecurrenceRule = {
    freq: freq as Frequency,
    interval: get('INTERVAL', (v) => positiveInteger('INTERVAL', v, MAX_INTERVAL), 1),
    count: get<number | null>('COUNT', (v) => positiveInteger('COUNT', v, MAX_COUNT), null),
    until: get<LocalDate | null>('UNTIL', (v) => untilDate(v, zone), null),
    byDay: get('BYDAY', byDayList, []),
    byMonthDay: get('BYMONTHDAY', (v) => integerList('BYMONTHDAY', v, 1, 31, true), []),
    byMonth: get('BYMONTH', (v) => integerList('BYMONTH', v, 1, 12, false), []),
    byYearDay: get('BYYEARDAY', (v) => integerList('BYYEARDAY', v, 1, 366, true), []),
    bySetPos: get('BYSETPOS', (v) => integerList('BYSETPOS', v, 1, 366, true), []),
    weekStart: get('WKST', weekdayIndex, 0),
  };
  checkCombinations(rule);
  return rule;
}

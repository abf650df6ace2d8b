import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, fold, vtimezone, zoneTransitions } from '../../src/domain/icalendar';

const stampMs = Date.UTC(2026, 0, 1, 12);

function weeklyStop(overrides: Partial<Parameters<typeof buildCalendar>[0]['events'][number]> = {}) {
  return {
    uid: 'bike-stop-torget@hentetid',
    summary: 'Sykkelen på Torget',
    location: 'Stortorget, Hamar',
    zone: 'Europe/Oslo',
    firstDate: '2026-03-03',
    startTime: '18:00',
    durationMinutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
    ...overrides,
  };
}

/** Occurrences as instants, expanded by ical.js (not our code) with the feed's own VTIMEZONE. */
function expand(ics: string, until: string): number[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const out: number[] = [];
  for (const comp of root.getAllSubcomponents('vevent')) {
    const iterator = new ICAL.Event(comp).iterator();
    for (let t = iterator.next(); t && t.toJSDate().toISOString().slice(0, 10) <= until; t = iterator.next()) {
      out.push(t.toUnixTime() * 1000);
    }
  }
  ICAL.TimezoneService.reset();
  return out.sort((a, b) => a - b);
}

const oslo = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Oslo' }).toMillis();

describe('iCalendar text', () => {
  it('uses CRLF line endings and folds lines at 75 octets without splitting a character', () => {
    const ics = buildCalendar({ prodId: '-//Hentetid//NO', stampMs, events: [weeklyStop({ description: 'ø'.repeat(100) })] });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const folded = fold('DESCRIPTION:' + 'ø'.repeat(100));
    expect(folded.split('\r\n ').join('')).toBe('DESCRIPTION:' + 'ø'.repeat(100));
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const ics = buildCalendar({ prodId: '-//Hentetid//NO', stampMs, events: [weeklyStop({ location: 'Torget; ved fontenen, Hamar' })] });
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('location')).toBe('Torget; ved fontenen, Hamar');
  });

  it('writes the required calendar and event properties', () => {
    const ics = buildCalendar({ prodId: '-//Hentetid//NO', stampMs, events: [weeklyStop({ geo: { lat: 60.79, lon: 11.07 } })] });
    for (const expected of ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hentetid//NO', 'BEGIN:VTIMEZONE', 'TZID:Europe/Oslo',
      'DTSTART;TZID=Europe/Oslo:20260303T180000', 'RRULE:FREQ=WEEKLY;BYDAY=TU', 'DURATION:PT90M', 'DTSTAMP:20260101T120000Z',
      'UID:bike-stop-torget@hentetid', 'GEO:60.79;11.07']) {
      expect(ics).toContain(expected);
    }
  });
});

describe('VTIMEZONE from the zone database', () => {
  it('finds both Europe/Oslo changes of 2026 to the minute', () => {
    const found = zoneTransitions('Europe/Oslo', 2026, 2026);
    expect(found.map((t) => new Date(t.at).toISOString())).toEqual(['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z']);
    expect(found.map((t) => [t.from, t.to, t.daylight])).toEqual([[60, 120, true], [120, 60, false]]);
  });

  it('writes Europe/Oslo as a yearly last-Sunday rule', () => {
    const lines = vtimezone('Europe/Oslo', 2025, 2029);
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(lines).toContain('DTSTART:20250330T020000');
    expect(lines).toContain('DTSTART:20251026T030000');
  });

  it('writes New York as second and first Sunday rules', () => {
    const lines = vtimezone('America/New_York', 2025, 2029);
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
  });

  it('writes a zone without DST as one fixed offset', () => {
    const lines = vtimezone('Asia/Tokyo', 2025, 2029);
    expect(lines).toContain('TZOFFSETFROM:+0900');
    expect(lines).toContain('TZOFFSETTO:+0900');
    expect(lines.filter((l) => l.startsWith('BEGIN:STANDARD'))).toHaveLength(1);
  });
});

describe('recurring events read back by ical.js', () => {
  it('keeps 18:00 local on both sides of the spring and autumn changes', () => {
    const ics = buildCalendar({ prodId: '-//Hentetid//NO', stampMs, events: [weeklyStop({ firstDate: '2026-03-24' })] });
    const got = expand(ics, '2026-11-03');
    expect(got.slice(0, 2)).toEqual([oslo('2026-03-24T18:00'), oslo('2026-03-31T18:00')]);
    expect(new Date(got[0]).toISOString()).toBe('2026-03-24T17:00:00.000Z');
    expect(new Date(got[1]).toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(got.slice(-2).map((t) => new Date(t).toISOString())).toEqual(['2026-10-27T17:00:00.000Z', '2026-11-03T17:00:00.000Z']);
    for (const t of got) expect(DateTime.fromMillis(t, { zone: 'Europe/Oslo' }).toFormat('HH:mm')).toBe('18:00');
  });

  it('leaves out the EXDATE dates and stops at until', () => {
    const ics = buildCalendar({
      prodId: '-//Hentetid//NO',
      stampMs,
      events: [weeklyStop({ firstDate: '2026-03-24', exdates: ['2026-03-31', '2026-04-14'], until: '2026-04-21' })],
    });
    expect(ics).toContain('EXDATE;TZID=Europe/Oslo:20260331T180000,20260414T180000');
    expect(expand(ics, '2026-12-31')).toEqual([oslo('2026-03-24T18:00'), oslo('2026-04-07T18:00'), oslo('2026-04-21T18:00')]);
  });

  it('turns a date-only UNTIL in the stored rule into a UTC date-time', () => {
    const ics = buildCalendar({ prodId: '-//Hentetid//NO', stampMs, events: [weeklyStop({ firstDate: '2026-03-24', rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260407' })] });
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260407T160000Z');
    expect(expand(ics, '2026-12-31')).toHaveLength(3);
  });
});

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

const { api } = useTarget();

// Spans both Europe/Oslo changes of 2026 (29 March, 25 October); both ends are in winter time.
const FROM = '2026-03-01';
const TO = '2026-11-30';
const rangeStart = Date.parse(`${FROM}T00:00:00+01:00`);
const rangeEnd = Date.parse('2026-12-01T00:00:00+01:00');

type Span = { start: number; end: number };

/**
 * Occurrences of the feed's events as instants, expanded by ical.js (an independent parser)
 * with the feed's own VTIMEZONE: nothing of ours reads the text back.
 */
function expandFeed(ics: string, uid: string): Span[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const vevent = root.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === uid);
  if (!vevent) throw new Error(`no VEVENT ${uid} in the feed`);
  const event = new ICAL.Event(vevent);
  const out: Span[] = [];
  const iterator = event.iterator();
  for (let t = iterator.next(); t; t = iterator.next()) {
    const details = event.getOccurrenceDetails(t);
    const start = details.startDate.toUnixTime() * 1000;
    if (start >= rangeEnd) break;
    out.push({ start, end: details.endDate.toUnixTime() * 1000 });
  }
  ICAL.TimezoneService.reset();
  return out.filter((s) => s.start >= rangeStart);
}

const asSpans = (list: { start: string; end: string }[]): Span[] => list.map((o) => ({ start: Date.parse(o.start), end: Date.parse(o.end) }));

describe('the bike-stop feed', () => {
  it('is served as text/calendar with CRLF lines and a VTIMEZONE', async () => {
    const res = await api.get('/calendar/bike-stops.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('gives ical.js exactly the schedule API’s occurrences across both DST changes, without cancelled dates', async () => {
    const slug = unique('stop');
    const stop = {
      slug,
      name: 'Sykkelen, Torget; ved fontenen',
      place: 'Stortorget, Hamar',
      lat: 60.7945,
      lon: 11.0679,
      rrule: 'FREQ=WEEKLY;BYDAY=TU,FR',
      startsOn: '2026-02-01',
      startTime: '18:00',
      durationMinutes: 90,
      offers: ['naloxone', 'equipment'],
    };
    await expectJson(await api.post('/api/bike-stops', stop, 'admin'), 201);
    await expectJson(await api.post(`/api/bike-stops/${slug}/cancellations`, { date: '2026-03-31', reason: 'Påske' }, 'staff'), 201);
    await expectJson(await api.post(`/api/bike-stops/${slug}/cancellations`, { date: '2026-10-27', reason: 'Verksted' }, 'staff'), 201);
    await expectJson(await api.post(`/api/bike-stops/${slug}/status`, { date: '2026-06-05', status: 'cancelled', message: 'Syk' }, 'staff'), 200);

    const { occurrences } = await expectJson(await api.get(`/api/bike-stops/schedule?from=${FROM}&to=${TO}`), 200);
    const mine = occurrences.filter((o: any) => o.stop === slug);
    const expected = asSpans(mine.filter((o: any) => !o.cancelled));
    expect(mine.filter((o: any) => o.cancelled).map((o: any) => o.date)).toEqual(['2026-03-31', '2026-06-05', '2026-10-27']);

    const ics = await (await api.get('/calendar/bike-stops.ics')).text();
    const got = expandFeed(ics, `bike-stop-${slug}@hentetid`);
    expect(got.length).toBeGreaterThan(60);
    expect(got).toEqual(expected);
    // The local time stays 18:00: 17:00Z in winter, 16:00Z in summer.
    expect(new Date(got[0]!.start).toISOString()).toBe('2026-03-03T17:00:00.000Z');
    expect(got.some((s) => new Date(s.start).toISOString() === '2026-04-03T16:00:00.000Z')).toBe(true);
    expect(got.some((s) => new Date(s.start).toISOString() === '2026-10-30T17:00:00.000Z')).toBe(true);

    const vevent = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === `bike-stop-${slug}@hentetid`)!;
    expect(vevent.getFirstPropertyValue('summary')).toBe('Sykkelen, Torget; ved fontenen');
    expect(vevent.getFirstPropertyValue('location')).toBe('Stortorget, Hamar');
    expect(vevent.getFirstPropertyValue('geo')).toEqual([60.7945, 11.0679]);
  });
});

describe('the activity feed', () => {
  it('gives ical.js exactly the sessions API’s sessions, without cancelled ones', async () => {
    const slug = unique('act');
    const body = { slug, name: 'Gatelaget', place: 'Kunstgressbanen', rrule: 'FREQ=WEEKLY;BYDAY=MO,WE', startsOn: '2026-01-01', startTime: '17:30', durationMinutes: 75, cohorts: 2, cohortSize: 5 };
    await expectJson(await api.post('/api/activities', body, 'admin'), 201);
    await expectJson(await api.post(`/api/activities/${slug}/cancellations`, { date: '2026-03-30', reason: 'Snø' }, 'staff'), 201);
    await expectJson(await api.post(`/api/activities/${slug}/cancellations`, { date: '2026-10-26', reason: 'Høstferie' }, 'staff'), 201);

    const { sessions } = await expectJson(await api.get(`/api/activities/${slug}/sessions?from=${FROM}&to=${TO}`), 200);
    const expected = asSpans(sessions.filter((s: any) => !s.cancelled));
    expect(sessions.filter((s: any) => s.cancelled)).toHaveLength(2);

    const res = await api.get(`/calendar/activities/${slug}.ics`);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const got = expandFeed(await res.text(), `activity-${slug}@hentetid`);
    expect(got).toEqual(expected);
    expect(got[0]!.end - got[0]!.start).toBe(75 * 60_000);
  });

  it('answers 404 for an unknown activity', async () => {
    expect((await api.get(`/calendar/activities/${unique('none')}.ics`)).status).toBe(404);
  });
});

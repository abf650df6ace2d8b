import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { readCsv } from '../support/csv-reader';
import { nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

const { api } = useTarget();

const report = async (query: string) => expectJson(await api.get(`/api/reports?${query}`, 'staff'), 200);

async function siteWithDistribution() {
  const site = unique('rsite');
  await expectJson(await api.post('/api/sites', { slug: site, name: 'Rapportsenteret', address: 'Storgata 9' }, 'admin'), 201);
  const dist = { slug: 'mat', name: 'Matutdeling', rrule: 'FREQ=WEEKLY;BYDAY=WE', startsOn: '2026-01-07', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 4 };
  await expectJson(await api.post(`/api/sites/${site}/distributions`, dist, 'admin'), 201);
  return site;
}

async function issueAndMark(site: string, date: string) {
  const issue = { date, count: 6, note: 'Hemmelig rapportnotat' };
  const { tickets } = await expectJson(await api.post(`/api/sites/${site}/distributions/mat/tickets`, issue, 'staff'), 201);
  const marks = ['picked_up', 'picked_up', 'no_show', 'cancelled'];
  for (const [i, status] of marks.entries()) await expectJson(await api.post(`/api/tickets/${tickets[i].code}/status`, { status }, 'staff'), 200);
  return tickets.map((t: { code: string }) => t.code) as string[];
}

describe('the report of a place', () => {
  it('counts issued, picked up, no-show and cancelled per day, with the capacity and closed days', async () => {
    const site = await siteWithDistribution();
    const wednesday = nextWeekday(3);
    const next = nextWeekday(3, 21);
    await issueAndMark(site, wednesday);
    await expectJson(await api.post(`/api/sites/${site}/distributions/mat/closures`, { date: next, reason: 'Stengt for maling' }, 'staff'), 201);
    const r = await report(`from=${wednesday}&to=${next}&site=${site}`);
    expect(r.days).toEqual([
      { date: wednesday, site, distribution: 'mat', capacity: 16, issued: 6, picked_up: 2, no_show: 1, cancelled: 1, closed: false },
      { date: next, site, distribution: 'mat', capacity: 16, issued: 0, picked_up: 0, no_show: 0, cancelled: 0, closed: true },
    ]);
    expect(r.totals.distributions).toEqual([
      { site, siteName: 'Rapportsenteret', distribution: 'mat', name: 'Matutdeling', days: 2, closedDays: 1, capacity: 16, issued: 6, picked_up: 2, no_show: 1, cancelled: 1 },
    ]);
  });

  it('never shows a code, a note or a time of a ticket, in JSON or CSV', async () => {
    const site = await siteWithDistribution();
    const wednesday = nextWeekday(3);
    const codes = await issueAndMark(site, wednesday);
    const json = JSON.stringify(await report(`from=${wednesday}&to=${wednesday}&site=${site}`));
    const csv = await (await api.get(`/api/reports.csv?from=${wednesday}&to=${wednesday}&site=${site}`, 'staff')).text();
    const page = await (await api.get(`/staff/reports?from=${wednesday}&to=${wednesday}&site=${site}`, 'staff')).text();
    expect(page).toContain('<svg');
    for (const text of [json, csv, page]) {
      expect(text).not.toContain('Hemmelig');
      expect(text).not.toContain('10:15');
      for (const code of codes) expect(text).not.toContain(code);
    }
  });
});

describe('the report as CSV', () => {
  it('holds the same rows as the JSON, RFC 4180 with a BOM, ";" and CRLF, as a download', async () => {
    const site = await siteWithDistribution();
    const wednesday = nextWeekday(3);
    await issueAndMark(site, wednesday);
    const stop = unique('rstop');
    const stopBody = { slug: stop, name: 'Torget', place: 'Stortorget', rrule: 'FREQ=WEEKLY;BYDAY=WE', startsOn: '2026-01-07', startTime: '12:00', durationMinutes: 60, offers: ['food'] };
    await expectJson(await api.post('/api/bike-stops', stopBody, 'admin'), 201);
    await expectJson(await api.post(`/api/bike-stops/${stop}/tallies`, { date: wednesday, people: 7, items: { naloxone: 2 } }, 'staff'), 201);
    const query = `from=${wednesday}&to=${wednesday}&site=${site}`;
    const json = await report(query);
    const res = await api.get(`/api/reports.csv?${query}`, 'staff');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="hentetid-${wednesday}-${wednesday}.csv"`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = readCsv(new TextDecoder().decode(bytes.slice(3)), ';');
    const rows = records.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    expect(rows.filter((r) => r.kind === 'day')).toEqual(
      json.days.map((d: any) => expect.objectContaining({ date: d.date, site: d.site, distribution: d.distribution, capacity: String(d.capacity), issued: String(d.issued), picked_up: String(d.picked_up), no_show: String(d.no_show), cancelled: String(d.cancelled), closed: d.closed ? '1' : '0' })),
    );
    const bike = rows.find((r) => r.kind === 'bike' && r.stop === stop);
    expect(bike).toMatchObject({ date: wednesday, people: '7', item_naloxone: '2', status: 'planned' });
    expect(json.bike.find((b: any) => b.stop === stop)).toEqual({ date: wednesday, stop, status: 'planned', people: 7, items: { naloxone: 2 } });
    expect(rows.filter((r) => r.kind === 'activity').length).toBe(json.activities.length);
  });
});

describe('the report page', () => {
  it('shows the counts with charts that have text alternatives, in both languages', async () => {
    const site = await siteWithDistribution();
    const wednesday = nextWeekday(3);
    await issueAndMark(site, wednesday);
    const nb = await api.get(`/staff/reports?from=${wednesday}&to=${wednesday}&site=${site}`, 'staff');
    expect(nb.status).toBe(200);
    const html = await nb.text();
    expect(html).toContain('Utdelt per dag: Rapportsenteret: Matutdeling');
    expect(html).toMatch(/<svg[^>]* role="img" aria-labelledby="served-0-title served-0-desc"/);
    expect(html).toContain(`href="/api/reports.csv?from=${wednesday}&amp;to=${wednesday}&amp;site=${site}"`);
    expect(html).toContain('<input id="r-from" name="from" type="date"');
    expect(html).not.toContain('<script>');
    const en = await (await api.get(`/staff/reports?from=${wednesday}&to=${wednesday}&site=${site}&lang=en`, 'staff')).text();
    expect(en).toContain('Served per day: Rapportsenteret: Matutdeling');
  });

  it('takes a named range, refuses a bad one, and is for staff only', async () => {
    expect((await api.get('/staff/reports?range=last-month', 'staff')).status).toBe(200);
    expect((await api.get('/staff/reports?range=last-decade', 'staff')).status).toBe(400);
    expect((await api.get('/staff/reports?from=2020-01-01&to=2026-01-01', 'staff')).status).toBe(400);
    expect((await api.get('/staff/reports', 'volunteer')).status).toBe(403);
    expect((await api.get('/staff/reports', null)).status).toBe(303);
  });
});

describe('report rules', () => {
  it('answers 400 invalid_input for bad dates, a backwards range and three years and a day', async () => {
    for (const query of ['from=2026-02-30&to=2026-03-01', 'from=2026-03-02&to=2026-03-01', 'from=2023-01-01&to=2026-01-02', 'to=2026-01-01', 'from=2026-01-01&to=2026-01-31&site=Not%20a%20slug']) {
      const body = await expectJson(await api.get(`/api/reports?${query}`, 'staff'), 400);
      expect(body.error.code).toBe('invalid_input');
      expect((await api.get(`/api/reports.csv?${query}`, 'staff')).status).toBe(400);
    }
    expect((await api.get('/api/reports?from=2023-01-01&to=2026-01-01', 'staff')).status).toBe(200);
  });

  it('measures three years at the end of the calendar too: 9997-01-01 to 9999-12-31 is under three years', async () => {
    expect((await api.get('/api/reports?from=9997-01-01&to=9999-12-31', 'staff')).status).toBe(200);
    expect((await api.get('/api/reports.csv?from=9997-01-01&to=9999-12-31', 'staff')).status).toBe(200);
  });

  it('is for staff only: 401 without a login, 403 for a volunteer, 404 for an unknown place', async () => {
    for (const path of ['/api/reports', '/api/reports.csv']) {
      expect((await api.get(`${path}?from=2026-01-01&to=2026-01-31`, null)).status).toBe(401);
      expect((await api.get(`${path}?from=2026-01-01&to=2026-01-31`, 'volunteer')).status).toBe(403);
      expect((await api.get(`${path}?from=2026-01-01&to=2026-01-31&site=no-such-place`, 'staff')).status).toBe(404);
    }
  });
});

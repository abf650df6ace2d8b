import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { localTime, nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

// Delivery rounds on both runtimes: plan, order, mark, run late, copy; a stop's code on /t/CODE.
const { api } = useTarget();

type Stop = { id: number; place: number; label: string; bring: string | null; code: string; status: string; start: string; end: string };
type Round = { id: number; date: string; name: string; delayMinutes: number; stops: Stop[] };

async function roundWithStops(labels: string[], extra: Record<string, unknown> = {}) {
  const site = unique('rounds');
  await expectJson(await api.post('/api/sites', { slug: site, name: 'Stasjonen', address: 'Jernbaneveien 5' }, 'admin'), 201);
  const date = nextWeekday(2, 14);
  const base = `/api/sites/${site}/rounds`;
  let round = await expectJson<Round>(await api.post(base, { date, name: 'Tirsdag matposer', starts: '13:00', ...extra }, 'staff'), 201);
  for (const label of labels) round = await expectJson<Round>(await api.post(`${base}/${round.id}/stops`, { label, bring: '2 matposer' }, 'staff'), 201);
  return { site, date, base, round, url: `${base}/${round.id}` };
}

const windows = (r: Round) => r.stops.map((s) => `${localTime(s.start)}-${localTime(s.end)}`);
const labels = (r: Round) => r.stops.map((s) => s.label);

describe('planning a delivery round', () => {
  it('gives each stop a window from its place in the order, 15 minutes by default', async () => {
    const { round } = await roundWithStops(['Botiltak Kvaleberg, rom 4', 'Storgata 3', 'Bakkeveien 12']);
    expect(round.stops.map((s) => s.place)).toEqual([1, 2, 3]);
    expect(windows(round)).toEqual(['13:00-13:15', '13:15-13:30', '13:30-13:45']);
    expect(round.stops.every((s) => /^[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(s.code) && s.status === 'planned')).toBe(true);
    expect(new Set(round.stops.map((s) => s.code)).size).toBe(3);
  });

  it('lists the day with a break, and moves windows with the order', async () => {
    const { site, date, url, round } = await roundWithStops(['A', 'B', 'C', 'D'], { minutesPerStop: 20, breakAfterStop: 2, breakMinutes: 30 });
    expect(windows(round)).toEqual(['13:00-13:20', '13:20-13:40', '14:10-14:30', '14:30-14:50']);
    const [a, , c, d] = round.stops;
    let moved = await expectJson<Round>(await api.post(`${url}/stops/${c!.id}/move`, { move: 'up' }, 'staff'), 200);
    expect(labels(moved)).toEqual(['A', 'C', 'B', 'D']);
    moved = await expectJson<Round>(await api.post(`${url}/stops/${a!.id}/move`, { move: 'down' }, 'staff'), 200);
    expect(labels(moved)).toEqual(['C', 'A', 'B', 'D']);
    moved = await expectJson<Round>(await api.post(`${url}/stops/${d!.id}/move`, { to: 1 }, 'staff'), 200);
    expect(labels(moved)).toEqual(['D', 'C', 'A', 'B']);
    // A window belongs to a place in the order, not to a stop.
    expect(windows(moved)).toEqual(windows(round));
    const removed = await expectJson<Round>(await api.delete(`${url}/stops/${c!.id}`, 'staff'), 200);
    expect(labels(removed)).toEqual(['D', 'A', 'B']);
    expect(windows(removed)).toEqual(['13:00-13:20', '13:20-13:40', '14:10-14:30']);
    const list = await expectJson<{ date: string; rounds: Round[] }>(await api.get(`/api/sites/${site}/rounds?date=${date}`, 'volunteer'), 200);
    expect(list.rounds.map(labels)).toEqual([['D', 'A', 'B']]);
  });

  it('lets a volunteer mark stops and report a delay, which moves only the stops still ahead', async () => {
    const { url, round } = await roundWithStops(['A', 'B', 'C']);
    const [a, b] = round.stops;
    await expectJson(await api.post(`${url}/stops/${a!.id}/status`, { status: 'delivered' }, 'volunteer'), 200);
    await expectJson(await api.post(`${url}/stops/${b!.id}/status`, { status: 'not_home' }, 'volunteer'), 200);
    const late = await expectJson<Round>(await api.post(`${url}/delay`, { minutes: 10 }, 'volunteer'), 200);
    expect(late.delayMinutes).toBe(10);
    expect(late.stops.map((s) => s.status)).toEqual(['delivered', 'not_home', 'planned']);
    expect(windows(late)).toEqual(['13:00-13:15', '13:15-13:30', '13:40-13:55']);
    const later = await expectJson<Round>(await api.post(`${url}/delay`, { minutes: 5 }, 'volunteer'), 200);
    expect(windows(later)[2]).toBe('13:45-14:00');
  });

  it("shows the client the window on /t/CODE and in the look-up, with the delay, never the label", async () => {
    const { url, round } = await roundWithStops(['Hemmelig gate 7, rom 12', 'Andre stopp']);
    const code = round.stops[1]!.code;
    let page = await api.page(`/t/${code.replace('-', '')}?lang=en`);
    let html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('We come between 13:15 and 13:30');
    expect(html).not.toContain('Hemmelig');
    expect(html).not.toContain('Andre stopp');
    expect(html).not.toContain('matposer');
    await expectJson(await api.post(`${url}/delay`, { minutes: 20 }, 'volunteer'), 200);
    html = await (await api.page(`/t/${code}?lang=nb`)).text();
    expect(html).toContain('Vi kommer mellom 13:35 og 13:50');
    expect(html).toContain('forsinket, omtrent 20 minutter');
    const view = await expectJson(await api.get(`/api/stops/${code}?lang=en`), 200);
    expect(view).toEqual({
      code,
      date: round.date,
      start: expect.stringMatching(/T13:35:00[+-]/),
      end: expect.stringMatching(/T13:50:00[+-]/),
      status: 'planned',
      delayMinutes: 20,
      site: { slug: expect.any(String), name: 'Stasjonen' },
      notice: 'We are running about 20 minutes late. The time above is the new one.',
    });
    expect(JSON.stringify(view)).not.toContain('Andre');
  });

  it('copies a round to next week with new codes, labels kept or cleared', async () => {
    const { site, date, base, url, round } = await roundWithStops(['A', 'B']);
    const kept = await expectJson<Round>(await api.post(`${url}/copy`, { keepLabels: true }, 'staff'), 201);
    const cleared = await expectJson<Round>(await api.post(`${url}/copy`, { keepLabels: false }, 'staff'), 201);
    const week = new Date(Date.parse(`${date}T12:00:00Z`) + 7 * 86400000).toISOString().slice(0, 10);
    expect([kept.date, cleared.date]).toEqual([week, week]);
    expect(labels(kept)).toEqual(['A', 'B']);
    expect(labels(cleared)).toEqual(['', '']);
    expect(cleared.stops.map((s) => s.bring)).toEqual(['2 matposer', '2 matposer']);
    expect(windows(kept)).toEqual(windows(round));
    const codes = [...round.stops, ...kept.stops, ...cleared.stops].map((s) => s.code);
    expect(new Set(codes).size).toBe(6);
    const named = await expectJson<Round>(await api.patch(`${base}/${cleared.id}/stops/${cleared.stops[0]!.id}`, { label: 'Ny adresse' }, 'staff'), 200);
    expect(labels(named)).toEqual(['Ny adresse', '']);
    const list = await expectJson<{ rounds: Round[] }>(await api.get(`/api/sites/${site}/rounds?date=${week}`, 'staff'), 200);
    expect(list.rounds).toHaveLength(2);
  });
});

describe('two people changing a round at once', () => {
  it('never gives two stops the same place, and applies every move and add', async () => {
    const { url, round } = await roundWithStops(['A', 'B', 'C', 'D', 'E', 'F']);
    const ids = round.stops.map((s) => s.id);
    const replies = await Promise.all([
      ...ids.slice(1).map((id) => api.post(`${url}/stops/${id}/move`, { move: 'up' }, 'staff')),
      ...['G', 'H', 'I'].map((label) => api.post(`${url}/stops`, { label }, 'staff')),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201, 201, 201]);
    const after = await expectJson<Round>(await api.get(url, 'staff'), 200);
    expect(after.stops.map((s) => s.place)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(labels(after).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
    // Adds land after the planned order, whichever came first.
    expect(labels(after).slice(6).sort()).toEqual(['G', 'H', 'I']);
    expect(new Set(windows(after)).size).toBe(9);
  });
});

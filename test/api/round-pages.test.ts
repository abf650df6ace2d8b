import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

// The rounds' pages over plain HTTP (no script) on both runtimes: plan, print, drive.
const { api } = useTarget();

type Round = { id: number; stops: { id: number; label: string; code: string; status: string; start: string }[]; delayMinutes: number };

async function site() {
  const slug = unique('round-pages');
  await expectJson(await api.post('/api/sites', { slug, name: 'Botiltaket' }, 'admin'), 201);
  return { slug, date: nextWeekday(3, 21) };
}

async function roundsOf(slug: string, date: string) {
  return (await expectJson<{ rounds: Round[] }>(await api.get(`/api/sites/${slug}/rounds?date=${date}`, 'staff'), 200)).rounds;
}

describe('planning a round on /staff/rounds', () => {
  it('creates a round, adds stops, moves one up and removes one by form posts', async () => {
    const { slug, date } = await site();
    const created = await api.postForm('/staff/rounds', { site: slug, date, name: 'Onsdag utstyr', starts: '09:30', minutesPerStop: '10', breakAfterStop: '', breakMinutes: '0' }, 'staff');
    expect(created.status).toBe(303);
    const [round] = await roundsOf(slug, date);
    const base = `/staff/rounds/${slug}/${round!.id}`;
    for (const label of ['Rom 1', 'Rom 2', 'Rom 3']) expect((await api.postForm(`${base}/stops`, { label, bring: 'Sprøyter' }, 'staff')).status).toBe(303);
    let stops = (await roundsOf(slug, date))[0]!.stops;
    expect((await api.postForm(`${base}/stops/${stops[2]!.id}/move`, { move: 'up' }, 'staff')).status).toBe(303);
    expect((await api.postForm(`${base}/stops/${stops[0]!.id}/remove`, {}, 'staff')).status).toBe(303);
    stops = (await roundsOf(slug, date))[0]!.stops;
    expect(stops.map((s) => s.label)).toEqual(['Rom 3', 'Rom 2']);
    const html = await (await api.page(`/staff/rounds?site=${slug}&date=${date}`, 'staff')).text();
    expect(html).toContain('09:30&ndash;09:40');
    expect(html).toContain('09:40&ndash;09:50');
    expect(html.indexOf('Rom 3')).toBeLessThan(html.indexOf('Rom 2'));
    expect(html).toContain(`/staff/rounds/${slug}/${round!.id}/sheet`);
  });

  it('shows a refused form again with what was typed and the field named', async () => {
    const { slug, date } = await site();
    const res = await api.postForm('/staff/rounds', { site: slug, date, name: 'Fredag', starts: '9.30', minutesPerStop: '15', breakAfterStop: '', breakMinutes: '0' }, 'staff');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Skriv et klokkeslett som 13:00.');
    expect(html).toContain('value="Fredag"');
    expect(await roundsOf(slug, date)).toHaveLength(0);
  });

  it('refuses a passed day with the reason in the form (409)', async () => {
    const { slug } = await site();
    const res = await api.postForm('/staff/rounds', { site: slug, date: '2020-01-08', name: 'Gammel', starts: '10:00', minutesPerStop: '15', breakAfterStop: '', breakMinutes: '0' }, 'staff');
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Den tiden er passert.');
  });

  it('copies to next week keeping or clearing the labels', async () => {
    const { slug, date } = await site();
    await api.postForm('/staff/rounds', { site: slug, date, name: 'Kopi', starts: '12:00', minutesPerStop: '15', breakAfterStop: '', breakMinutes: '0' }, 'staff');
    const [round] = await roundsOf(slug, date);
    await api.postForm(`/staff/rounds/${slug}/${round!.id}/stops`, { label: 'Gate 1', bring: '' }, 'staff');
    const copied = await api.postForm(`/staff/rounds/${slug}/${round!.id}/copy`, {}, 'staff');
    expect(copied.status).toBe(303);
    const week = new URL(copied.headers.get('location')!, 'http://x').searchParams.get('date')!;
    const [copy] = await roundsOf(slug, week);
    expect(copy!.stops.map((s) => s.label)).toEqual(['']);
    expect(await (await api.page(copied.headers.get('location')!, 'staff')).text()).toContain('Runden er kopiert til neste uke.');
  });

  it('is for staff: a volunteer gets 403, and the page speaks English with ?lang=en', async () => {
    const { slug, date } = await site();
    expect((await api.page(`/staff/rounds?site=${slug}&date=${date}`, 'volunteer')).status).toBe(403);
    const html = await (await api.page(`/staff/rounds?site=${slug}&date=${date}&lang=en`, 'staff')).text();
    expect(html).toContain('Delivery rounds');
    expect(html).toContain('Create the round');
  });
});

describe("the driver's sheet, the slips and the phone page", () => {
  async function planned() {
    const { slug, date } = await site();
    const round = await expectJson<Round>(await api.post(`/api/sites/${slug}/rounds`, { date, name: 'Runde', starts: '13:00' }, 'staff'), 201);
    for (const label of ['Hemmelig vei 1', 'Hemmelig vei 2']) await expectJson(await api.post(`/api/sites/${slug}/rounds/${round.id}/stops`, { label, bring: 'Matpose' }, 'staff'), 201);
    const full = await expectJson<Round>(await api.get(`/api/sites/${slug}/rounds/${round.id}`, 'staff'), 200);
    return { slug, round: full };
  }

  it('prints the sheet with windows and labels, and slips with codes but never a label', async () => {
    const { slug, round } = await planned();
    const sheet = await (await api.page(`/staff/rounds/${slug}/${round.id}/sheet`, 'staff')).text();
    expect(sheet).toContain('13:00&ndash;13:15');
    expect(sheet).toContain('Hemmelig vei 2');
    for (const layout of ['a4', '80', '58']) {
      const res = await api.page(`/staff/print/rounds/${slug}/${round.id}/${layout}?lang=uk`, 'staff');
      const slips = await res.text();
      expect(res.status).toBe(200);
      expect(slips).toContain(round.stops[1]!.code);
      expect(slips).toContain('Ми приїдемо між 13:15 і 13:30');
      expect(slips).not.toContain('Hemmelig');
      expect(slips).not.toContain('Matpose');
    }
  });

  it('marks a stop with one tap and moves the rest with "running late"', async () => {
    const { slug, round } = await planned();
    const page = `/volunteer/rounds/${slug}/${round.id}`;
    expect((await api.page(page, 'volunteer')).status).toBe(200);
    expect((await api.postForm(`${page}/status`, { stop: String(round.stops[0]!.id), status: 'delivered' }, 'volunteer')).status).toBe(303);
    expect((await api.postForm(`${page}/delay`, { minutes: '15' }, 'volunteer')).status).toBe(303);
    const refused = await api.postForm(`${page}/delay`, { minutes: 'ti' }, 'volunteer');
    expect(refused.status).toBe(400);
    const after = await expectJson<Round>(await api.get(`/api/sites/${slug}/rounds/${round.id}`, 'volunteer'), 200);
    expect(after.stops.map((s) => s.status)).toEqual(['delivered', 'planned']);
    expect(after.delayMinutes).toBe(15);
    const html = await (await api.page(page, 'volunteer')).text();
    expect(html).toContain('1 av 2 gjort');
    expect(html).toContain('13:30&ndash;13:45');
  });
});

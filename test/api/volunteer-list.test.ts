import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

// The day's pickup list (JSON and the volunteer page) on both runtimes: its read is one prepared
// statement with the distribution ids as one JSON parameter, so D1 runs the same text.
const { target, api } = useTarget();

type Issued = { code: string; start: string; end: string; status: string };

/**
 * A site with three distributions, listed by name: "Alfa" (two slots of two seats left after its
 * hours were cut, and a third slot that no longer exists holding a cancelled ticket), "Beta"
 * (closed that day, its tickets cancelled) and "Gamma" (not open that day: not listed).
 */
async function daySetUp() {
  const site = unique('list');
  const date = nextWeekday(3, 28);
  await expectJson(await api.post('/api/sites', { slug: site, name: 'Listestedet' }, 'admin'), 201);
  const hours = { startsOn: '2026-01-01', opens: '10:00', closes: '10:45', slotMinutes: 15, perSlot: 2 };
  for (const [slug, name, rrule] of [
    ['b', 'Beta', 'FREQ=WEEKLY;BYDAY=WE'],
    ['a', 'Alfa', 'FREQ=WEEKLY;BYDAY=WE'],
    ['g', 'Gamma', 'FREQ=WEEKLY;BYDAY=TU'],
  ]) {
    await expectJson(await api.post(`/api/sites/${site}/distributions`, { slug, name, rrule, ...hours }, 'admin'), 201);
  }
  const issue = async (dist: string, body: Record<string, unknown>) =>
    (await expectJson<{ tickets: Issued[] }>(await api.post(`/api/sites/${site}/distributions/${dist}/tickets`, { date, strategy: 'earliest', ...body }, 'staff'), 201)).tickets;
  const note = `<b>"Ost" & 'kjeks'</b>`;
  // 10:00 gets first[0], first[1]; 10:15 first[2] then second[0]; 10:30 second[1].
  const first = await issue('a', { count: 3, note });
  const second = await issue('a', { count: 2 });
  const beta = await issue('b', { count: 2 });
  await expectJson(await api.post(`/api/tickets/${first[0]!.code}/status`, { status: 'picked_up' }, 'volunteer'), 200);
  await expectJson(await api.post(`/api/tickets/${first[1]!.code}/status`, { status: 'no_show' }, 'volunteer'), 200);
  await expectJson(await api.post(`/api/sites/${site}/distributions/b/closures`, { date, reason: 'Vann <lekkasje> & "flom"' }, 'staff'), 201);
  // Shorter hours: the 10:30 slot goes; its ticket has nowhere later to go and is cancelled.
  await expectJson(await api.patch(`/api/sites/${site}/distributions/a`, { closes: '10:30' }, 'admin'), 200);
  const slotsOf = async (dist: string) =>
    (await expectJson<{ slots: { start: string; end: string; capacity: number }[] }>(await api.get(`/api/sites/${site}/distributions/${dist}/slots?date=${date}`), 200)).slots;
  return { site, date, note, first, second, beta, alfaSlots: await slotsOf('a') };
}

describe('the pickup list of a day', () => {
  it('lists each open distribution by name, slots in time order, tickets in issue order, with closures, gone slots and totals', async () => {
    const { site, date, note, first, second, beta, alfaSlots } = await daySetUp();
    expect(alfaSlots).toHaveLength(2);
    // Beta keeps its three slots (a closed day still lists them, with its cancelled tickets).
    const betaSlots = [...alfaSlots, { start: second[1]!.start, end: second[1]!.end }];
    const list = await expectJson(await api.get(`/api/sites/${site}/pickups?date=${date}`, 'volunteer'), 200);
    const ticket = (code: string, status: string, withNote: string | null) => ({ code, status, note: withNote });
    // Built in the reply's key order: the JSON text itself is compared, not only its content.
    const expected = {
      date,
      distributions: [
        {
          slug: 'a',
          name: 'Alfa',
          closed: null,
          slots: [
            { start: alfaSlots[0]!.start, end: alfaSlots[0]!.end, capacity: 2, tickets: [ticket(first[0]!.code, 'picked_up', note), ticket(first[1]!.code, 'no_show', note)] },
            { start: alfaSlots[1]!.start, end: alfaSlots[1]!.end, capacity: 2, tickets: [ticket(first[2]!.code, 'booked', note), ticket(second[0]!.code, 'booked', null)] },
            { start: second[1]!.start, end: second[1]!.end, capacity: 0, tickets: [ticket(second[1]!.code, 'cancelled', null)] },
          ],
        },
        {
          slug: 'b',
          name: 'Beta',
          closed: { reason: 'Vann <lekkasje> & "flom"' },
          slots: betaSlots.map((s) => ({ start: s.start, end: s.end, capacity: 2, tickets: beta.filter((t) => t.start === s.start).map((t) => ticket(t.code, 'cancelled', null)) })),
        },
      ],
      totals: { booked: 2, picked_up: 1, no_show: 1, cancelled: 3 },
    };
    expect(JSON.stringify(list)).toBe(JSON.stringify(expected));
  });

  it('gives an empty list on a day none of the site\'s distributions is open', async () => {
    const { site } = await daySetUp();
    const thursday = nextWeekday(4, 28);
    expect(await expectJson(await api.get(`/api/sites/${site}/pickups?date=${thursday}`, 'volunteer'), 200)).toEqual({
      date: thursday,
      distributions: [],
      totals: { booked: 0, picked_up: 0, no_show: 0, cancelled: 0 },
    });
  });
});

/** The `<li>` of a code on the page, as text. */
function slip(html: string, code: string) {
  const match = new RegExp(`<li data-status="[a-z_]+" data-code="${code}">.*?</li>`).exec(html);
  expect(match, `slip ${code}`).not.toBeNull();
  return match![0];
}

describe('the volunteer page', () => {
  it('has one form a slip with a submit button an action, and a post of the pressed button changes the ticket', async () => {
    const { site, date, first, second } = await daySetUp();
    const cookie = await api.cookieFor('volunteer');
    const page = async () => {
      const res = await target.fetch(`/volunteer?site=${site}&date=${date}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      return res.text();
    };
    const html = await page();
    const form = (code: string) =>
      `<form class="buttons no-print" method="post" action="/volunteer/status" data-inline="true" id="f-${code}"><input type="hidden" name="code" value="${code}"/>`;
    const booked = slip(html, first[2]!.code);
    expect(booked).toContain(form(first[2]!.code));
    expect(booked.match(/<form/g)).toHaveLength(1);
    expect(booked.match(/<button /g)).toHaveLength(2);
    expect(booked).toContain(`<button name="status" value="picked_up" aria-label="Hentet: ${first[2]!.code}">Hentet</button>`);
    expect(booked).toContain(`<button name="status" value="no_show" class="secondary" aria-label="Kom ikke: ${first[2]!.code}">Kom ikke</button>`);
    // The note as text, every special character escaped.
    expect(booked).toContain('<span class="note">&lt;b&gt;&quot;Ost&quot; &amp; &#39;kjeks&#39;&lt;/b&gt;</span>');
    for (const [code, status] of [
      [first[0]!.code, 'picked_up'],
      [first[1]!.code, 'no_show'],
    ]) {
      const done = slip(html, code!);
      expect(done).toContain(`data-status="${status}"`);
      expect(done.match(/<button /g)).toHaveLength(1);
      expect(done).toContain(`<button name="status" value="booked" class="secondary" aria-label="Angre: ${code}">Angre</button>`);
    }
    const cancelled = slip(html, second[1]!.code);
    expect(cancelled).toContain('<span class="status status-cancelled">Avlyst</span>');
    expect(cancelled).not.toContain('<form');
    expect(cancelled).not.toContain('<button');
    // The closed distribution's slips, all cancelled: no form on the whole of its section.
    expect(html).toContain('Vann &lt;lekkasje&gt; &amp; &quot;flom&quot;');

    // What a browser sends without script: the form's fields and the pressed button's name=value.
    const post = (fields: Record<string, string>) =>
      target.fetch('/volunteer/status', {
        method: 'POST',
        headers: { cookie, origin: target.origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
      });
    // The form carries no date: the post goes back to the list of the ticket's own day.
    const res = await post({ code: second[0]!.code, status: 'no_show' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/volunteer?${new URLSearchParams({ site, date })}`);
    expect((await expectJson(await api.get(`/api/tickets/${second[0]!.code}`), 200)).status).toBe('no_show');
    const after = slip(await page(), second[0]!.code);
    expect(after).toContain('data-status="no_show"');
    expect(after).toContain('value="booked"');
    // Undo from the same form.
    expect((await post({ code: second[0]!.code, status: 'booked' })).status).toBe(303);
    expect(slip(await page(), second[0]!.code)).toContain('data-status="booked"');

    // A tap on a slip cancelled since the list was loaded: the list as it is now, the reason on top.
    const refused = await post({ code: second[1]!.code, status: 'picked_up', date });
    expect(refused.status).toBe(409);
    const again = await refused.text();
    expect(again).toContain('<div data-live="30"><p class="message bad" role="alert">Lappen er avlyst. En ansatt kan gjøre den gyldig igjen.</p>');
    expect(slip(again, second[1]!.code)).toContain('<span class="status status-cancelled">Avlyst</span>');
    expect((await expectJson(await api.get(`/api/tickets/${second[1]!.code}`), 200)).status).toBe('cancelled');
  });
});

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expectJson, type As } from '../support/client';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

// Staff, not only admins, call off a bike stop's date or an activity's session from their own pages.
const { target, api } = useTarget();

async function postForm(path: string, fields: Record<string, string>, as: As) {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', origin: target.origin };
  if (as) headers.cookie = await api.cookieFor(as);
  return target.fetch(path, { method: 'POST', headers, body: new URLSearchParams(fields).toString(), redirect: 'manual' });
}

async function page(path: string, as: As) {
  return target.fetch(path, { headers: as ? { cookie: await api.cookieFor(as) } : {}, redirect: 'manual' });
}

const tomorrow = () => DateTime.now().setZone('Europe/Oslo').plus({ days: 1 }).toISODate()!;

/** The public /bike page's item for one stop on one date. */
async function bikeItem(slug: string, date: string) {
  const html = await (await target.fetch('/bike')).text();
  const at = html.indexOf(`data-stop="${slug}" data-date="${date}"`);
  expect(at).toBeGreaterThan(-1);
  const start = html.lastIndexOf('<li', at);
  return html.slice(start, html.indexOf('</li>', start));
}

async function auditActions(target: string) {
  const entries = await expectJson<{ action: string; target: string; user: string | null }[]>(await api.get('/api/audit', 'admin'), 200);
  return entries.filter((e) => e.target.startsWith(target));
}

describe('staff cancel a bike stop date', () => {
  it('cancels a date with a reason from the staff page, /bike strikes it through, and the undo restores it', async () => {
    const slug = unique('stop');
    const stop = { slug, name: 'Brygga', place: 'Ved kaia', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '18:00', durationMinutes: 60 };
    await expectJson(await api.post('/api/bike-stops', stop, 'admin'), 201);
    const date = tomorrow();
    const crew = await (await page('/staff/bike', 'staff')).text();
    expect(crew).toContain(`href="/staff/bike/${slug}/dates"`);
    const dates = await page(`/staff/bike/${slug}/dates`, 'staff');
    expect(dates.status).toBe(200);
    expect(await dates.text()).toContain(`<option value="${date}"`);

    const cancel = await postForm(`/staff/bike/${slug}/cancellations`, { date, reason: 'Storm' }, 'staff');
    expect(cancel.status).toBe(303);
    expect(cancel.headers.get('location')).toBe(`/staff/bike/${slug}/dates?cancelled=${date}`);
    const struck = await bikeItem(slug, date);
    expect(struck).toContain('is-cancelled');
    expect(struck).toContain('<s>Brygga</s>');
    expect(struck).toContain('Storm');
    expect(await (await page(`/staff/bike/${slug}/dates`, 'staff')).text()).toContain(`action="/staff/bike/${slug}/cancellations/${date}/undo"`);

    const undo = await postForm(`/staff/bike/${slug}/cancellations/${date}/undo`, {}, 'staff');
    expect(undo.status).toBe(303);
    const restored = await bikeItem(slug, date);
    expect(restored).not.toContain('is-cancelled');
    expect(restored).not.toContain('Storm');
    expect((await postForm(`/staff/bike/${slug}/cancellations/${date}/undo`, {}, 'staff')).status).toBe(404);

    const entries = await auditActions(`${slug} ${date}`);
    expect(entries.map((e) => e.action).sort()).toEqual(['stop_date_cancelled', 'stop_date_restored']);
    expect(entries.every((e) => e.user?.startsWith('staff-'))).toBe(true);
  });

  it('shows the form again with the date kept and the message at the reason when the reason is missing', async () => {
    const slug = unique('stop');
    await expectJson(await api.post('/api/bike-stops', { slug, name: 'Torget', place: 'Ved fontenen', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '18:00', durationMinutes: 60 }, 'admin'), 201);
    const date = tomorrow();
    const refused = await postForm(`/staff/bike/${slug}/cancellations`, { date, reason: '' }, 'staff');
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toMatch(/<input id="cancel-reason"[^>]*aria-invalid="true"[^>]*aria-describedby="cancel-reason-error"/);
    expect(html).toContain('id="cancel-reason-error"');
    expect(html).toContain('href="#cancel-reason"');
    expect(html).toMatch(new RegExp(`<option value="${date}" selected`));
    expect(await bikeItem(slug, date)).not.toContain('is-cancelled');
  });

  it('is not for volunteers, and a cross-site form post changes nothing', async () => {
    const slug = unique('stop');
    await expectJson(await api.post('/api/bike-stops', { slug, name: 'Torget', place: 'Torget', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '18:00', durationMinutes: 60 }, 'admin'), 201);
    const date = tomorrow();
    expect((await postForm(`/staff/bike/${slug}/cancellations`, { date, reason: 'Nei' }, 'volunteer')).status).toBe(403);
    const crossSite = await target.fetch(`/staff/bike/${slug}/cancellations`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example', cookie: await api.cookieFor('staff') },
      body: new URLSearchParams({ date, reason: 'Nei' }).toString(),
    });
    expect(crossSite.status).toBe(403);
    expect(await bikeItem(slug, date)).not.toContain('is-cancelled');
  });
});

describe('the API undo for a stop date', () => {
  it('is open to staff and records both steps', async () => {
    const slug = unique('stop');
    await expectJson(await api.post('/api/bike-stops', { slug, name: 'Parken', place: 'Parken', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '18:00', durationMinutes: 60 }, 'admin'), 201);
    const date = tomorrow();
    await expectJson(await api.post(`/api/bike-stops/${slug}/cancellations`, { date, reason: 'Syk' }, 'staff'), 201);
    expect((await api.delete(`/api/bike-stops/${slug}/cancellations/${date}`, 'staff')).status).toBe(204);
    await expectJson(await api.delete(`/api/bike-stops/${slug}/cancellations/${date}`, 'staff'), 404);
    // The refused second undo left no entry.
    expect((await auditActions(`${slug} ${date}`)).map((e) => e.action).sort()).toEqual(['stop_date_cancelled', 'stop_date_restored']);
  });
});

describe('staff cancel an activity session', () => {
  it('cancels a session from the staff activity pages and restores it, with audit entries', async () => {
    const slug = unique('act');
    await expectJson(await api.post('/api/activities', { slug, name: 'Fotball', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '17:00', durationMinutes: 90, cohorts: 2, cohortSize: 5 }, 'admin'), 201);
    const date = tomorrow();
    expect(await (await page(`/staff/activities/${slug}`, 'staff')).text()).toContain(`href="/staff/activities/${slug}/dates"`);
    expect((await postForm(`/staff/activities/${slug}/cancellations`, { date, reason: 'Banen er stengt' }, 'staff')).status).toBe(303);
    const { sessions } = await expectJson(await api.get(`/api/activities/${slug}/sessions?from=${date}&to=${date}`), 200);
    expect(sessions).toMatchObject([{ cancelled: true, reason: 'Banen er stengt' }]);
    expect((await postForm(`/staff/activities/${slug}/cancellations/${date}/undo`, {}, 'staff')).status).toBe(303);
    const after = await expectJson(await api.get(`/api/activities/${slug}/sessions?from=${date}&to=${date}`), 200);
    expect(after.sessions).toMatchObject([{ cancelled: false }]);
    expect((await auditActions(`${slug} ${date}`)).map((e) => e.action).sort()).toEqual(['session_cancelled', 'session_restored']);
  });
});

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expectJson, type As } from '../support/client';
import { unique } from '../support/target';
import { onWorker, useTarget } from '../support/use-target';

// A refused form comes back as the same form: what was typed, the message at its field, a summary linking to it.
const { target, api } = useTarget();
const postForm = api.postForm.bind(api);
const getPage = api.page.bind(api);

type Fields = Record<string, string | string[]>;

/** The opening tag of the control with this id. */
function control(html: string, id: string): string {
  const tag = html.match(new RegExp(`<(?:input|select|textarea)[^>]* id="${id}"[^>]*>|<(?:input|select|textarea) id="${id}"[^>]*>`))?.[0];
  expect(tag, `a control with id ${id}`).toBeDefined();
  return tag!;
}

/** The form is shown again with `status`, the field `id` flagged and described by its message, and the summary links to it. */
async function expectFormAgain(res: Response, status: number, id: string, message: RegExp | string, messageId = `${id}-error`) {
  expect(res.status).toBe(status);
  const html = await res.text();
  const tag = control(html, id);
  expect(tag).toContain('aria-invalid="true"');
  expect(tag).toMatch(new RegExp(`aria-describedby="[^"]*${messageId}`));
  expect(html).toMatch(new RegExp(`id="${messageId}">${typeof message === 'string' ? message : message.source}`));
  expect(html).toMatch(/role="alert" tabindex="-1"/);
  expect(html).toContain(`href="#${id}"`);
  expect(html).toMatch(new RegExp(`<label[^>]* for="${id}"`));
  return html;
}

const oslo = (days = 0) => DateTime.now().setZone('Europe/Oslo').plus({ days }).toISODate()!;
const distFields = (extra: Fields = {}): Fields => ({ name: 'Matutdeling', weekdays: ['MO', 'WE'], repeat: 'every-week', rrule: '', startsOn: oslo(), until: '', opens: '10:00', closes: '12:00', slotMinutes: '10', perSlot: '3', slug: '', ...extra });

async function newSite() {
  const slug = unique('site');
  await expectJson(await api.post('/api/sites', { slug, name: 'Kafé Ørnen' }, 'admin'), 201);
  return slug;
}

// First in the file: on Node the file's database starts empty (the worker's D1 is shared, so there it is skipped).
describe.skipIf(onWorker)('an install without places', () => {
  it('sends an admin to set one up and tells staff to ask an admin', async () => {
    const asAdmin = await (await getPage('/staff', 'admin')).text();
    expect(asAdmin).toMatch(/<a href="\/admin#new-site">Sett opp et sted<\/a>/);
    const asStaff = await (await getPage('/staff', 'staff')).text();
    expect(asStaff).toContain('Be en administrator om å sette opp stedet.');
    expect(asStaff).not.toContain('Sett opp et sted');
  });

  it('then, for a place without a distribution, links an admin to its distribution form', async () => {
    const site = await newSite();
    expect(await (await getPage(`/staff?site=${site}`, 'admin')).text()).toContain(`<a href="/admin/sites/${site}#new-distribution">Sett opp en utdeling</a>`);
    expect(await (await getPage(`/staff?site=${site}`, 'staff')).text()).toContain('Be en administrator om å sette den opp.');
  });
});

describe('the place form', () => {
  it('shows the form again with the address typed when the name is missing', async () => {
    const html = await expectFormAgain(await postForm('/admin/sites', { name: ' ', address: 'Storgata 5', timezone: 'Europe/Oslo', slug: '' }, 'admin'), 400, 's-name', 'Skriv et navn.');
    expect(control(html, 's-address')).toContain('value="Storgata 5"');
  });

  it('says a taken short name at the short name, with Advanced open, and keeps the name', async () => {
    const slug = await newSite();
    const html = await expectFormAgain(await postForm('/admin/sites', { name: 'Nytt sted', slug, address: '', timezone: 'Europe/Oslo' }, 'admin'), 409, 's-slug', 'That short name is taken|Det korte navnet er tatt|.+');
    expect(control(html, 's-name')).toContain('value="Nytt sted"');
    expect(html).toMatch(/<details open="">\s*<summary>Avansert/);
  });

  it('makes the slug from the name and goes on to the first distribution', async () => {
    const res = await postForm('/admin/sites', { name: `Kafé Ørnen ${unique('x')}`, slug: '', address: '', timezone: 'Europe/Oslo' }, 'admin');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/admin\/sites\/kafe-ornen-x-[a-z0-9]+\?created=1#new-distribution$/);
  });
});

describe('the distribution form', () => {
  it('asks for a weekday at the boxes and keeps everything typed', async () => {
    const site = await newSite();
    const html = await expectFormAgain(await postForm(`/admin/sites/${site}/distributions`, distFields({ weekdays: [], name: 'Middag' }), 'admin'), 400, 'd-wd-MO', 'Kryss av for minst én ukedag.', 'd-wd-error');
    expect(control(html, 'd-name')).toContain('value="Middag"');
    expect(control(html, 'd-perSlot')).toContain('value="3"');
  });

  it('stores the boxes as an RRULE, goes to the door on the next opening day, and opens again in the boxes', async () => {
    const site = await newSite();
    const res = await postForm(`/admin/sites/${site}/distributions`, distFields(), 'admin');
    expect(res.status).toBe(303);
    const next = new URL(res.headers.get('location')!, 'http://x').searchParams;
    expect(next.get('site')).toBe(site);
    expect(next.get('dist')).toBe('matutdeling');
    expect([1, 3]).toContain(DateTime.fromISO(next.get('date')!).weekday);
    const stored = await expectJson(await api.get(`/api/sites/${site}/distributions/matutdeling`), 200);
    expect(stored.rrule).toBe('FREQ=WEEKLY;BYDAY=MO,WE');
    const html = await (await getPage(`/admin/sites/${site}/distributions/matutdeling`, 'admin')).text();
    expect(control(html, 'd-wd-MO')).toContain('checked=""');
    expect(control(html, 'd-wd-WE')).toContain('checked=""');
    expect(control(html, 'd-wd-TU')).not.toContain('checked');
    expect(control(html, 'd-rrule')).toContain('value=""');
    const list = await (await getPage(`/admin/sites/${site}`, 'admin')).text();
    expect(list).toContain('mandager og onsdager, hver uke, 10:00–12:00');
    expect(list).not.toContain('FREQ=');
  });

  it('lets the Advanced rule win over the boxes, and opens a rule the boxes cannot say in Advanced', async () => {
    const site = await newSite();
    const res = await postForm(`/admin/sites/${site}/distributions`, distFields({ rrule: 'freq=monthly;bymonthday=1' }), 'admin');
    expect(res.status).toBe(303);
    const stored = await expectJson(await api.get(`/api/sites/${site}/distributions/matutdeling`), 200);
    expect(stored.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=1');
    const html = await (await getPage(`/admin/sites/${site}/distributions/matutdeling`, 'admin')).text();
    expect(control(html, 'd-rrule')).toContain('value="FREQ=MONTHLY;BYMONTHDAY=1"');
    expect(html).toMatch(/<details open="">\s*<summary>Avansert/);
  });

  it('says a rule that cannot be read at the Advanced field', async () => {
    const site = await newSite();
    await expectFormAgain(await postForm(`/admin/sites/${site}/distributions`, distFields({ rrule: 'EVERY TUESDAY' }), 'admin'), 400, 'd-rrule', /Regelen kan ikke leses/);
  });

  it('refuses a closure without a reason on the same page', async () => {
    const site = await newSite();
    await postForm(`/admin/sites/${site}/distributions`, distFields(), 'admin');
    await expectFormAgain(await postForm(`/admin/sites/${site}/distributions/matutdeling/closures`, { date: oslo(1), reason: '' }, 'admin'), 400, 'c-reason', 'Skriv en grunn.');
  });
});

describe('the bike stop and activity forms', () => {
  it('asks for a weekday on a new bike stop', async () => {
    const fields = { name: 'Torget', place: 'Stortorget', lat: '', lon: '', rrule: '', repeat: 'every-week', startsOn: oslo(), until: '', startTime: '18:00', durationMinutes: '60', timezone: 'Europe/Oslo', slug: '' };
    const html = await expectFormAgain(await postForm('/admin/bike-stops', fields, 'admin'), 400, 'b-wd-MO', 'Kryss av for minst én ukedag.', 'b-wd-error');
    expect(control(html, 'b-place')).toContain('value="Stortorget"');
  });

  it('says every mistake at once: no weekday and no number of groups', async () => {
    const fields = { name: 'Gatelaget', site: '', place: '', repeat: 'every-week', rrule: '', startsOn: oslo(), until: '', startTime: '18:00', durationMinutes: '60', cohorts: '', cohortSize: '4', slug: '' };
    const html = await expectFormAgain(await postForm('/admin/activities', fields, 'admin'), 400, 'a-cohorts', 'Skriv antall grupper.');
    expect(html).toContain('id="a-wd-error">Kryss av for minst én ukedag.');
    expect(html.indexOf('href="#a-cohorts"')).toBeLessThan(html.indexOf('href="#a-wd-MO"'));
  });

  it('asks for the number of groups on a new activity', async () => {
    const fields = { name: 'Gatelaget', site: '', place: '', weekdays: ['TU'], repeat: 'every-2nd-week', rrule: '', startsOn: oslo(), until: '', startTime: '18:00', durationMinutes: '60', cohorts: '', cohortSize: '4', slug: '' };
    const html = await expectFormAgain(await postForm('/admin/activities', fields, 'admin'), 400, 'a-cohorts', 'Skriv antall grupper.');
    expect(control(html, 'a-repeat')).toBeDefined();
    expect(html).toContain('<option value="every-2nd-week" selected="">');
  });
});

describe('the staff and user forms', () => {
  it('keeps the English text of a notice when the Norwegian one is missing', async () => {
    const res = await postForm('/staff/notices', { site: '', nb: '', en: 'Closed Friday', from: oslo(), to: oslo(2) }, 'staff');
    const html = await expectFormAgain(res, 400, 'n-nb', 'Skriv teksten på norsk.');
    expect(html).toContain('>Closed Friday</textarea>');
  });

  it('keeps the username when the password is too short', async () => {
    const username = unique('user');
    const html = await expectFormAgain(await postForm('/admin/users', { username, password: 'short', role: 'staff' }, 'admin'), 400, 'u-password', /Passordet må ha minst 10 tegn/);
    expect(control(html, 'u-name')).toContain(`value="${username}"`);
    expect(control(html, 'u-password')).not.toContain('short');
  });

  it.skipIf(onWorker)('says at the role list why the last administrator keeps the role', async () => {
    const res = await postForm('/admin/users/admin/role', { role: 'staff' }, 'admin');
    expect(res.status).toBe(409);
    const html = await res.text();
    const id = html.match(/<select id="(role-[\w-]+)"[^>]*aria-invalid="true"/)?.[1];
    expect(id).toBeDefined();
    expect(html).toContain(`id="${id}-error">Dette er den siste administratoren.`);
    expect(html).toContain(`href="#${id}"`);
  });

  it('refuses a batch of slips the day cannot hold at the count, as typed', async () => {
    const site = await newSite();
    await postForm(`/admin/sites/${site}/distributions`, distFields({ weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }), 'admin');
    const res = await postForm('/staff/issue', { site, dist: 'matutdeling', date: oslo(1), count: '400', strategy: 'spread', notBefore: '', note: 'Kveld', layout: 'a4' }, 'staff');
    const html = await expectFormAgain(res, 409, 'batch-count', /.+/);
    expect(control(html, 'batch-note')).toContain('value="Kveld"');
  });

  it('says a date range that ends before it starts at the end date', async () => {
    const res = await getPage(`/staff/tracing?code=ABCD-EFGH&from=${oslo(-1)}&to=${oslo(-3)}`, 'staff');
    await expectFormAgain(res, 400, 'to', /.+/);
  });

  it('keeps the group and the note when the note is too long to enrol', async () => {
    const slug = unique('act');
    await expectJson(await api.post('/api/activities', { slug, name: 'Gatelaget', rrule: 'FREQ=DAILY', startsOn: oslo(), startTime: '18:00', durationMinutes: 60, cohorts: 2, cohortSize: 4 }, 'admin'), 201);
    const note = 'x'.repeat(201);
    const html = await expectFormAgain(await postForm(`/staff/activities/${slug}/members`, { cohort: 'B', note, waitlist: '' }, 'staff'), 400, 'note', /.+/);
    expect(html).toContain('<option value="B" selected="">');
    expect(control(html, 'note')).toContain(`value="${note}"`);
  });

  it('says why a tap on a day without a session was refused, on the attendance list', async () => {
    const slug = unique('act');
    await expectJson(await api.post('/api/activities', { slug, name: 'Gatelaget', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-05', startTime: '18:00', durationMinutes: 60, cohorts: 1, cohortSize: 4 }, 'admin'), 201);
    const { code } = await expectJson(await api.post(`/api/activities/${slug}/members`, {}, 'staff'), 201);
    const res = await postForm(`/volunteer/activities/${slug}/attendance`, { code, date: '2026-01-06', present: '1' }, 'volunteer');
    await expectFormAgain(res, 400, 'date', /.+/);
  });

  it('keeps the counts typed on the bike day page when one is not a number', async () => {
    const slug = unique('stop');
    await expectJson(await api.post('/api/bike-stops', { slug, name: 'Torget', place: 'Stortorget', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '18:00', durationMinutes: 60, offers: ['food'] }, 'admin'), 201);
    const res = await postForm(`/staff/bike/${slug}/tallies`, { date: oslo(), people: 'mange', item_food: '12' }, 'staff');
    const html = await expectFormAgain(res, 400, `p-${slug}`, /.+/);
    expect(control(html, `i-${slug}-food`)).toContain('value="12"');
  });
});

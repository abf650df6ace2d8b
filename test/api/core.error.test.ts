import { beforeAll, describe, expect, it } from 'vitest';
import { expectJson, type As } from '../support/client';
import { nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

const { api, target } = useTarget();
const site = unique('err');
const base = `/api/sites/${site}/distributions/mat`;
let code: string;
const date = nextWeekday(1, 28);

beforeAll(async () => {
  await expectJson(await api.post('/api/sites', { slug: site, name: 'Feil' }, 'admin'), 201);
  await expectJson(
    await api.post(`/api/sites/${site}/distributions`, { slug: 'mat', name: 'Mat', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-05', opens: '10:00', closes: '11:00', slotMinutes: 20, perSlot: 2 }, 'admin'),
    201,
  );
  code = (await expectJson(await api.post(`${base}/tickets`, { date }, 'staff'), 201)).tickets[0].code;
});

/** Everything a bad request could have changed, read back through the API. */
async function fingerprint() {
  const [sites, dist, slots, ticket, pickups] = await Promise.all([
    api.get('/api/sites').then((r) => r.json()),
    api.get(base).then((r) => r.json()),
    api.get(`${base}/slots?date=${date}`).then((r) => r.json()),
    api.get(`/api/tickets/${code}`).then((r) => r.json()),
    api.get(`/api/sites/${site}/pickups?date=${date}`, 'volunteer').then((r) => r.json()),
  ]);
  return JSON.stringify({ sites: sites.filter((s: any) => s.slug.startsWith(site)), dist, slots, ticket, pickups });
}

const validDistribution = { slug: 'ny', name: 'Ny', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 2 };

type Case = [name: string, method: string, path: () => string, body: unknown, as: As, status: number];
const cases: Case[] = [
  ['site without a name', 'POST', () => '/api/sites', { slug: `${site}-x` }, 'admin', 400],
  ['site with a bad slug', 'POST', () => '/api/sites', { slug: 'Not A Slug!', name: 'x' }, 'admin', 400],
  ['site with an unknown zone', 'POST', () => '/api/sites', { slug: `${site}-z`, name: 'x', timezone: 'Mars/Olympus' }, 'admin', 400],
  ['site with an unknown field', 'POST', () => '/api/sites', { slug: `${site}-u`, name: 'x', colour: 'red' }, 'admin', 400],
  ['malformed JSON', 'POST', () => '/api/sites', '{"slug": ', 'admin', 400],
  ['a JSON array body', 'POST', () => '/api/sites', '[1,2]', 'admin', 400],
  ['distribution with a bad rule', 'POST', () => `/api/sites/${site}/distributions`, { ...validDistribution, rrule: 'FREQ=SOMETIMES' }, 'admin', 400],
  ['distribution with an hourly rule', 'POST', () => `/api/sites/${site}/distributions`, { ...validDistribution, rrule: 'FREQ=HOURLY' }, 'admin', 400],
  ['distribution closing before it opens', 'POST', () => `/api/sites/${site}/distributions`, { ...validDistribution, opens: '12:00', closes: '11:00' }, 'admin', 400],
  ['distribution with 25:00', 'POST', () => `/api/sites/${site}/distributions`, { ...validDistribution, opens: '25:00' }, 'admin', 400],
  ['distribution with 30 February', 'POST', () => `/api/sites/${site}/distributions`, { ...validDistribution, startsOn: '2026-02-30' }, 'admin', 400],
  ['distribution with perSlot 0', 'POST', () => `/api/sites/${site}/distributions`, { ...validDistribution, perSlot: 0 }, 'admin', 400],
  ['distribution with fractional minutes', 'POST', () => `/api/sites/${site}/distributions`, { ...validDistribution, slotMinutes: 7.5 }, 'admin', 400],
  ['duplicate distribution', 'POST', () => `/api/sites/${site}/distributions`, { ...validDistribution, slug: 'mat' }, 'admin', 409],
  ['distribution at an unknown site', 'POST', () => `/api/sites/${site}-nope/distributions`, validDistribution, 'admin', 404],
  ['patch with nothing', 'PATCH', () => base, {}, 'admin', 400],
  ['patch until before startsOn', 'PATCH', () => base, { until: '2025-01-01' }, 'admin', 400],
  ['patch slotMinutes too long for the day', 'PATCH', () => base, { slotMinutes: 90 }, 'admin', 400],
  ['tickets count 0', 'POST', () => `${base}/tickets`, { date, count: 0 }, 'staff', 400],
  ['tickets count 501', 'POST', () => `${base}/tickets`, { date, count: 501 }, 'staff', 400],
  ['tickets count as text', 'POST', () => `${base}/tickets`, { date, count: '3' }, 'staff', 400],
  ['tickets with a bad strategy', 'POST', () => `${base}/tickets`, { date, strategy: 'random' }, 'staff', 400],
  ['tickets with a bad date', 'POST', () => `${base}/tickets`, { date: '2026-13-01' }, 'staff', 400],
  ['tickets with notBefore 9am', 'POST', () => `${base}/tickets`, { date, notBefore: '9:00' }, 'staff', 400],
  ['tickets with a long note', 'POST', () => `${base}/tickets`, { date, note: 'x'.repeat(201) }, 'staff', 400],
  ['tickets on a day that is not an opening day', 'POST', () => `${base}/tickets`, { date: nextWeekday(2, 28) }, 'staff', 409],
  ['tickets in the past', 'POST', () => `${base}/tickets`, { date: '2026-01-05' }, 'staff', 409],
  ['too many tickets', 'POST', () => `${base}/tickets`, { date, count: 6 }, 'staff', 409],
  ['tickets at an unknown distribution', 'POST', () => `/api/sites/${site}/distributions/nope/tickets`, { date }, 'staff', 404],
  ['status that does not exist', 'POST', () => `/api/tickets/${code}/status`, { status: 'lost' }, 'volunteer', 400],
  ['status for an unknown code', 'POST', () => '/api/tickets/ZZZZ-ZZZZ/status', { status: 'picked_up' }, 'volunteer', 404],
  ['volunteer cancelling', 'POST', () => `/api/tickets/${code}/status`, { status: 'cancelled' }, 'volunteer', 403],
  ['move to a non-time', 'POST', () => `/api/tickets/${code}/move`, { start: 'tomorrow' }, 'staff', 400],
  ['move to a time that is no slot', 'POST', () => `/api/tickets/${code}/move`, { start: `${date}T10:05:00+01:00` }, 'staff', 409],
  ['closure without reason', 'POST', () => `${base}/closures`, { date }, 'staff', 400],
  ['slots for a bad date', 'GET', () => `${base}/slots?date=tomorrow`, undefined, null, 400],
  ['pickups for a bad date', 'GET', () => `/api/sites/${site}/pickups?date=2026-02-31`, undefined, 'volunteer', 400],
  ['users with a short password', 'POST', () => '/api/users', { username: unique('u'), password: 'short', role: 'staff' }, 'admin', 400],
  ['users with an unknown role', 'POST', () => '/api/users', { username: unique('u'), password: 'long-enough-password', role: 'king' }, 'admin', 400],
];

describe('bad input gets a clear 4xx and changes nothing', () => {
  it.each(cases)('%s → %i', async (_name, method, path, body, as, status) => {
    const before = await fingerprint();
    const res = await api.request(method, path(), body, as);
    const text = await res.text();
    expect(res.status, text).toBe(status);
    const error = JSON.parse(text).error;
    expect(typeof error.code).toBe('string');
    expect(typeof error.message).toBe('string');
    if (status === 400 && error.code === 'invalid_input' && body && typeof body === 'object') expect(Array.isArray(error.fields)).toBe(true);
    expect(await fingerprint()).toBe(before);
  });
});

describe('roles', () => {
  const guarded: [string, string, () => string, unknown, As][] = [
    ['create a site', 'POST', () => '/api/sites', { slug: unique('r'), name: 'x' }, 'admin'],
    ['create a distribution', 'POST', () => `/api/sites/${site}/distributions`, { ...validDistribution, slug: unique('d') }, 'admin'],
    ['change a distribution', 'PATCH', () => base, { name: 'Renamed' }, 'admin'],
    ['issue tickets', 'POST', () => `${base}/tickets`, { date }, 'staff'],
    ['close a day', 'POST', () => `${base}/closures`, { date: nextWeekday(1, 35), reason: 'x' }, 'staff'],
    ['move a ticket', 'POST', () => `/api/tickets/${code}/move`, { start: `${date}T10:20:00+01:00` }, 'staff'],
    ['mark a ticket', 'POST', () => `/api/tickets/${code}/status`, { status: 'booked' }, 'volunteer'],
    ['read the pickup list', 'GET', () => `/api/sites/${site}/pickups?date=${date}`, undefined, 'volunteer'],
    ['create a user', 'POST', () => '/api/users', { username: unique('u'), password: 'long-enough-password', role: 'staff' }, 'admin'],
  ];
  const below: Record<string, As[]> = { admin: ['staff', 'volunteer'], staff: ['volunteer'], volunteer: [] };

  it.each(guarded)('%s needs a login (401) and the %s role or higher (403 below)', async (_name, method, path, body, needed) => {
    const before = await fingerprint();
    const anonymous = await api.request(method, path(), body, null);
    expect((await expectJson(anonymous, 401)).error.code).toBe('unauthorized');
    for (const role of below[needed!]!) {
      const res = await api.request(method, path(), body, role);
      expect((await expectJson(res, 403)).error.code).toBe('forbidden');
    }
    expect(await fingerprint()).toBe(before);
  });
});

describe('request bodies', () => {
  it('answers malformed JSON with invalid_input naming the body', async () => {
    const res = await api.request('POST', '/api/sites', '{"slug": ', 'admin');
    const { error } = await expectJson(res, 400);
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toEqual([{ field: '(body)', message: expect.any(String) }]);
  });

  it('refuses a body that is not declared as JSON with 415, and changes nothing', async () => {
    const before = await fingerprint();
    const headers = { cookie: await api.cookieFor('admin'), 'content-type': 'text/plain' };
    const res = await target.fetch('/api/sites', { method: 'POST', headers, body: JSON.stringify({ slug: unique('t'), name: 'Text' }) });
    expect((await expectJson(res, 415)).error.code).toBe('unsupported_media_type');
    expect(await fingerprint()).toBe(before);
  });
});

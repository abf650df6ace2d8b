import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { testCaller, unique } from '../support/target';
import { useTarget } from '../support/use-target';

const { target, api } = useTarget();

// Every page route, taken from the app itself (the services are never called for the list).
const pageRoutes = createApp({} as never, { caller: testCaller })
  .routes.filter((r) => r.method !== 'ALL' && !r.path.startsWith('/api') && !r.path.includes('*'))
  .map((r) => ({ method: r.method, path: r.path }));

const forms: Record<string, string>[] = [
  {},
  { date: '2026-02-30', count: '-1', status: 'lost', role: 'king', layout: 'x' },
  { slug: 'x'.repeat(3000), name: '', rrule: 'FREQ=SOMETIMES', opens: '25:00', perSlot: 'many', lat: '91', lon: 'east' },
  { code: 'ZZZZ', present: 'maybe', start: 'tomorrow', from: 'x', to: 'y', text_nb: '', site: 'nowhere', intent: 'other' },
];

describe('no page answers bad input with a 500', () => {
  it('holds for every page route, GET and form POST, as admin and anonymous', async () => {
    const site = unique('pz');
    await expectJson(await api.post('/api/sites', { slug: site, name: 'Fuzz' }, 'admin'), 201);
    const dist = { slug: 'mat', name: 'Mat', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-05', opens: '10:00', closes: '11:00', slotMinutes: 20, perSlot: 2 };
    await expectJson(await api.post(`/api/sites/${site}/distributions`, dist, 'admin'), 201);
    const { tickets } = await expectJson(await api.post(`/api/sites/${site}/distributions/mat/tickets`, { date: nextWeekday(1, 42) }, 'staff'), 201);
    const values: Record<string, string> = { site, dist: 'mat', code: tickets[0].code, layout: 'a4', date: 'garbage', stop: 'nope', act: 'nope', username: 'nobody', id: 'x', hash: 'x', file: 'x' };
    const statuses: number[] = [];
    const failures: string[] = [];
    expect(pageRoutes.length).toBeGreaterThan(30);
    for (const route of pageRoutes) {
      if (route.path === '/logout') continue; // would end the admin session the run uses
      const path = route.path.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string) => values[name] ?? 'x');
      for (const as of ['admin', null] as const) {
        const cookie: Record<string, string> = as ? { cookie: await api.cookieFor(as) } : {};
        const bodies = route.method === 'POST' ? forms : [undefined];
        for (const fields of bodies) {
          const res = await target.fetch(`${path}?date=garbage&site=${site}&codes=x,,y&lang=xx`, {
            method: route.method,
            headers: { ...cookie, origin: target.origin, ...(fields ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) } as Record<string, string>,
            body: fields ? new URLSearchParams(fields).toString() : undefined,
            redirect: 'manual',
          });
          statuses.push(res.status);
          if (res.status >= 500) failures.push(`${route.method} ${path} ${JSON.stringify(fields)} as ${as}: ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(statuses.filter((s) => s === 400).length).toBeGreaterThan(20);
  }, 120_000);
});

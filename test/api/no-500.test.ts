import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

const { api } = useTarget();

// Bodies a careless or hostile client might send: none, empty, wrong types, nonsense values.
const garbage: unknown[] = [
  undefined,
  {},
  [],
  'not json',
  { date: '2026-02-30', count: -1, status: 'lost' },
  { slug: 'x'.repeat(5000), name: null, rrule: 'FREQ=SOMETIMES' },
  { code: {}, present: 'yes', start: 42, from: 'x', to: 'y', text: 7 },
];
const badQuery = '?date=garbage&from=2026-01-01&to=2030-01-01&code=%00&dryRun=maybe';

/** Real resources, so that bad input reaches the handlers rather than stopping at a 404. */
async function setUp() {
  const site = unique('fz');
  await expectJson(await api.post('/api/sites', { slug: site, name: 'Fuzz' }, 'admin'), 201);
  const dist = { slug: 'mat', name: 'Mat', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-05', opens: '10:00', closes: '11:00', slotMinutes: 20, perSlot: 2 };
  await expectJson(await api.post(`/api/sites/${site}/distributions`, dist, 'admin'), 201);
  const date = nextWeekday(1, 42);
  const { tickets } = await expectJson(await api.post(`/api/sites/${site}/distributions/mat/tickets`, { date }, 'staff'), 201);
  const stop = unique('stop');
  const stopBody = { slug: stop, name: 'Torget', place: 'Torget', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-05', startTime: '18:00', durationMinutes: 60 };
  await expectJson(await api.post('/api/bike-stops', stopBody, 'admin'), 201);
  const act = unique('act');
  const actBody = { slug: act, name: 'Fotball', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-05', startTime: '17:00', durationMinutes: 90, cohorts: 2, cohortSize: 3 };
  await expectJson(await api.post('/api/activities', actBody, 'admin'), 201);
  return { site, dist: 'mat', code: tickets[0].code, stop, act, date, username: 'nobody', id: '1' } as Record<string, string>;
}

describe('no route answers bad input with a 500', () => {
  it('holds for every operation in the OpenAPI document, as admin and anonymous', async () => {
    const doc = await expectJson(await api.get('/api/openapi.json'), 200);
    const values = await setUp();
    const statuses: number[] = [];
    const failures: string[] = [];
    for (const [template, operations] of Object.entries<Record<string, unknown>>(doc.paths)) {
      // Logging out would end the admin session the rest of the run uses; its own tests cover it.
      if (template === '/api/session') continue;
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? 'x');
      for (const method of Object.keys(operations)) {
        for (const body of method === 'get' || method === 'delete' ? [undefined] : garbage) {
          for (const as of ['admin', null] as const) {
            for (const query of ['', badQuery]) {
              const res = await api.request(method.toUpperCase(), path + query, body, as);
              statuses.push(res.status);
              if (res.status >= 500) failures.push(`${method.toUpperCase()} ${path}${query} ${JSON.stringify(body)} as ${as}: ${res.status} ${await res.text()}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // The run must have reached validation, not only the login and not-found checks.
    expect(statuses.filter((s) => s === 400).length).toBeGreaterThan(200);
  }, 120_000);
});

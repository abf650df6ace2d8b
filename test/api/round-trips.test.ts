import { beforeAll, describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { onWorker, useTarget } from '../support/use-target';

const { api, target } = useTarget();

const serverTiming = /^db;dur=\d+(\.\d+)?;desc="(\d+) statements", db-calls;desc="(\d+) calls"$/;

/** What an answer says it asked of the database: statements, and driver calls (on D1, round trips: a batch is one). */
function databaseUse(res: Response) {
  const header = res.headers.get('server-timing') ?? '';
  const match = serverTiming.exec(header);
  if (!match) throw new Error(`Server-Timing is ${JSON.stringify(header)}`);
  return { statements: Number(match[2]), calls: Number(match[3]) };
}

describe('Server-Timing', () => {
  it('reports the database time and statements on every answer, database or not', async () => {
    for (const path of ['/api/sites', '/api/no-such-route', '/', '/healthz']) {
      const res = await target.fetch(path);
      expect(res.headers.get('server-timing'), path).toMatch(serverTiming);
    }
  });

  it('counts the one statement of an anonymous look-up, and none for a page without data', async () => {
    const { base } = await api.siteWithDistribution();
    const code = (await expectJson(await api.post(`${base}/tickets`, { date: nextWeekday(2) }, 'staff'), 201)).tickets[0].code;
    expect(databaseUse(await target.fetch(`/api/tickets/${code}`))).toEqual({ statements: 1, calls: 1 });
    expect(databaseUse(await target.fetch('/login')).statements).toBe(0);
  });
});

/**
 * On Workers every D1 call is a network round trip, so the hot requests are held to a number of
 * them: counts, not times, so they are exact.
 */
describe.skipIf(!onWorker)('D1 round trips per request', () => {
  const date = nextWeekday(3);
  let site = '';
  let base = '';
  let code = '';
  beforeAll(async () => {
    ({ site, base } = await api.siteWithDistribution({ perSlot: 40 }));
    code = (await expectJson(await api.post(`${base}/tickets`, { date }, 'staff'), 201)).tickets[0].code;
  });
  const staffHeaders = async () => ({ cookie: await api.cookieFor('staff'), 'content-type': 'application/json' });

  it('look-up of a ticket: 1', async () => {
    expect(databaseUse(await target.fetch(`/api/tickets/${code}`)).calls).toBe(1);
  });

  it('ticket page: at most 2', async () => {
    expect(databaseUse(await target.fetch(`/t/${code}`)).calls).toBeLessThanOrEqual(2);
  });

  it('walk-in issue of one ticket: at most 3', async () => {
    const res = await target.fetch(`${base}/tickets`, { method: 'POST', headers: await staffHeaders(), body: JSON.stringify({ date }) });
    expect(res.status).toBe(201);
    expect(databaseUse(res).calls).toBeLessThanOrEqual(3);
  });

  it('batch issue of 20: at most 3 (the session, the place with its loads, the seats)', async () => {
    const res = await target.fetch(`${base}/tickets`, { method: 'POST', headers: await staffHeaders(), body: JSON.stringify({ date, count: 20 }) });
    expect(res.status).toBe(201);
    expect(databaseUse(res).calls).toBeLessThanOrEqual(3);
  });

  it('volunteer page of a day: at most 3', async () => {
    const res = await target.fetch(`/volunteer?site=${site}&date=${date}`, { headers: { cookie: await api.cookieFor('volunteer') } });
    expect(res.status).toBe(200);
    expect(databaseUse(res).calls).toBeLessThanOrEqual(3);
  });

  it('staff page of a day: at most 3', async () => {
    const res = await target.fetch(`/staff?site=${site}&dist=mat&date=${date}`, { headers: { cookie: await api.cookieFor('staff') } });
    expect(res.status).toBe(200);
    expect(databaseUse(res).calls).toBeLessThanOrEqual(3);
  });

  it('staff page without a day (today in the site\'s zone): at most 4', async () => {
    const res = await target.fetch(`/staff?site=${site}`, { headers: { cookie: await api.cookieFor('staff') } });
    expect(res.status).toBe(200);
    expect(databaseUse(res).calls).toBeLessThanOrEqual(4);
  });
});

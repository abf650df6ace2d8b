import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { useTarget } from '../support/use-target';
import { nextWeekday } from '../support/dates';

const { api, target } = useTarget();

const shape = /^db;dur=\d+(\.\d+)?;desc="(\d+) statements", db-calls;desc="(\d+) calls"$/;

/** The database calls an answer reports: on D1 each is a network round trip (a batch is one). */
function callsOf(res: Response) {
  const header = res.headers.get('server-timing') ?? '';
  const match = shape.exec(header);
  if (!match) throw new Error(`Server-Timing is ${JSON.stringify(header)}`);
  return { statements: Number(match[2]), calls: Number(match[3]) };
}

describe('database calls per request', () => {
  it('measure', async () => {
    const { site, base } = await api.siteWithDistribution();
    const date = nextWeekday(3);
    const staff = await api.cookieFor('staff');
    const volunteer = await api.cookieFor('volunteer');
    const issued = await api.post(`${base}/tickets`, { date }, 'staff');
    const one = callsOf(issued);
    const code = (await expectJson(issued, 201)).tickets[0].code;
    const batch = callsOf(await api.post(`${base}/tickets`, { date, count: 20 }, 'staff'));
    const lookup = callsOf(await target.fetch(`/api/tickets/${code}`));
    const page = callsOf(await target.fetch(`/t/${code}`));
    const vol = callsOf(await target.fetch(`/volunteer?site=${site}&date=${date}`, { headers: { cookie: volunteer } }));
    const st = callsOf(await target.fetch(`/staff`, { headers: { cookie: staff } }));
    console.log(target.runtime, JSON.stringify({ one, batch, lookup, page, vol, st }));
    expect(1).toBe(1);
  });
});

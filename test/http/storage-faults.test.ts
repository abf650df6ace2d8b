import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareDatabase } from '../../src/startup';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { useTarget } from '../support/use-target';

// Two real refusals by SQLite on the test's own file (no mocked driver): `max_page_count` caps the
// file at its current size, so a write that needs a new page fails with SQLITE_FULL as on a full
// disk; `query_only` makes every write fail with SQLITE_READONLY as on a read-only file.
const { target, api } = useTarget();
const pragma = (text: string) => target.services!.db.run(sql.raw(`pragma ${text}`));
const pageCount = async () => (await target.services!.db.get<{ page_count: number }>(sql`pragma page_count`))!.page_count;

afterEach(async () => {
  vi.restoreAllMocks();
  await pragma('query_only = 0');
  await pragma('max_page_count = 1073741823');
});

async function ticketCount() {
  return (await target.services!.db.get<{ n: number }>(sql`select count(*) as n from tickets`))!.n;
}

describe('a full disk', () => {
  it('refuses a write with 503 storage_unavailable and Retry-After, changes nothing, and keeps serving reads', async () => {
    const { site, base } = await api.siteWithDistribution({ opens: '08:00', closes: '20:00', slotMinutes: 5, perSlot: 100 });
    const date = nextWeekday(2, 7);
    const [{ code }] = (await expectJson<{ tickets: { code: string }[] }>(await api.post(`${base}/tickets`, { date, count: 1 }, 'staff'), 201)).tickets;
    await api.cookieFor('volunteer');
    const before = await ticketCount();
    vi.spyOn(console, 'error').mockImplementation(() => {});

    await pragma(`max_page_count = ${await pageCount()}`);
    const refused = await api.post(`${base}/tickets`, { date, count: 500 }, 'staff');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('storage_unavailable');
    expect(await ticketCount()).toBe(before);
    expect(String(vi.mocked(console.error).mock.calls.at(-1)?.[0])).toContain('SQLITE_FULL');

    expect((await api.get(`/api/tickets/${code}`)).status).toBe(200);
    expect((await api.get(`/api/sites/${site}/pickups?date=${date}`, 'volunteer')).status).toBe(200);

    await pragma('max_page_count = 1073741823');
    expect((await api.post(`${base}/tickets`, { date, count: 500 }, 'staff')).status).toBe(201);
  });
});

describe('a read-only file', () => {
  it('answers a staff form with a 503 page that says it is the server’s disk, with Retry-After', async () => {
    await api.cookieFor('admin');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await pragma('query_only = 1');
    const res = await api.postForm('/admin/sites', { name: 'Nytt sted', slug: '', address: '', timezone: 'Europe/Oslo' }, 'admin');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toContain('Serverens disk tar ikke imot endringer');
  });

  it('still answers look-ups: a missed code whose count cannot be written is a 404, a token whose last use cannot be noted reads on', async () => {
    const { token } = await expectJson<{ token: string }>(await api.post('/api/tokens', { label: 'script' }, 'staff'), 201);
    await pragma('query_only = 1');
    expect((await api.get('/api/tickets/ZZZZ-ZZZZ')).status).toBe(404);
    // Never used yet, so this first use would be noted.
    expect((await api.get('/api/sites', null, { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('lets start-up finish without its clean-up, and says so', async () => {
    await pragma('query_only = 1');
    const report = await prepareDatabase(target.services!);
    expect(report.writable).toBe(false);
    await pragma('query_only = 0');
    expect((await prepareDatabase(target.services!)).writable).toBe(true);
  });
});

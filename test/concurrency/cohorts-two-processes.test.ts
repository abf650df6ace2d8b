import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type ServerProcess, tempDatabaseFile, useTwoServers } from '../support/server-process';

const file = tempDatabaseFile();

const servers = useTwoServers(file, async ({ a, cookieA }) => {
  const activity = { slug: 'gatelaget', name: 'Gatelaget', rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', startsOn: '2026-01-05', startTime: '18:00', durationMinutes: 60, cohorts: 3, cohortSize: 4 };
  const res = await fetch(`${a.url}/api/activities`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookieA }, body: JSON.stringify(activity) });
  expect(res.status).toBe(201);
});

function join(server: ServerProcess, cookie: string, body: Record<string, unknown> = {}) {
  return fetch(`${server.url}/api/activities/gatelaget/members`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
}

function countsInFile() {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare(`select cohort, count(*) n from memberships where status = 'active' group by cohort order by cohort`).all() as { cohort: number | null; n: number }[];
  db.close();
  return rows;
}

describe('cohort caps with two Node processes on one SQLite file', () => {
  it('gives exactly 12 places to 40 concurrent joins (3 cohorts × 4), 4 per cohort', async () => {
    const { a, b, cookieA, cookieB } = servers;
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? join(a, cookieA) : join(b, cookieB))));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(12);
    expect(statuses.filter((s) => s === 409)).toHaveLength(28);
    expect(countsInFile()).toEqual([{ cohort: 0, n: 4 }, { cohort: 1, n: 4 }, { cohort: 2, n: 4 }]);
  }, 120_000);

  it('moves exactly as many waiting members in as places were freed, in join order', async () => {
    const { a, b, cookieA, cookieB } = servers;
    const waiting = [];
    for (let i = 0; i < 6; i++) waiting.push(await (await join(i % 2 ? a : b, i % 2 ? cookieA : cookieB, { waitlist: true })).json());
    expect(waiting.map((w) => w.waiting)).toEqual([1, 2, 3, 4, 5, 6]);
    const db = new Database(file, { readonly: true });
    const members = (db.prepare(`select code from memberships where cohort is not null and status = 'active' limit 3`).all() as { code: string }[]).map((r) => r.code);
    db.close();
    // Three leave at once through both processes while new joins race for the same places.
    const leaves = members.map((code, i) => fetch(`${(i % 2 ? a : b).url}/api/activities/gatelaget/members/${code}`, { method: 'DELETE', headers: { cookie: i % 2 ? cookieA : cookieB } }));
    const joins = Array.from({ length: 10 }, (_, i) => join(i % 2 ? a : b, i % 2 ? cookieA : cookieB));
    const [left, joined] = await Promise.all([Promise.all(leaves), Promise.all(joins)]);
    expect(left.map((r) => r.status)).toEqual([204, 204, 204]);
    // Nobody jumps the queue: the freed places go to the first three waiting.
    expect(joined.every((r) => r.status === 409)).toBe(true);
    const pages = await Promise.all(waiting.map(async (w) => (await fetch(`${a.url}/api/memberships/${w.code}`)).json()));
    expect(pages.map((p) => p.cohort !== null)).toEqual([true, true, true, false, false, false]);
    expect(pages.slice(3).map((p) => p.waiting)).toEqual([1, 2, 3]);
    expect(countsInFile()).toEqual([{ cohort: null, n: 3 }, { cohort: 0, n: 4 }, { cohort: 1, n: 4 }, { cohort: 2, n: 4 }]);
  }, 120_000);
});

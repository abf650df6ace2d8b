import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { onWorker, useTarget } from '../support/use-target';

const { target, api } = useTarget();

const unsafe = ['post', 'put', 'patch', 'delete'];
const foreign = 'https://evil.example';

/** Every table, row by row (Node: the SQLite file itself). */
async function dumpTables() {
  const db = target.services!.db;
  const tables = (await db.all<{ name: string }>(sql`select name from sqlite_master where type = 'table' order by name`)).map((t) => t.name);
  const dump: Record<string, unknown[]> = {};
  for (const name of tables) dump[name] = await db.all(sql`select * from ${sql.identifier(name)}`);
  return dump;
}

/** The worker's D1 is shared with other test files: what this test made, read through the API. */
async function readBack(site: string, username: string) {
  const users = await expectJson<{ username: string }[]>(await api.get('/api/users', 'admin'), 200);
  return {
    user: users.find((u) => u.username === username),
    site: await expectJson(await api.get(`/api/sites/${site}`), 200),
    distributions: await expectJson(await api.get(`/api/sites/${site}/distributions`), 200),
  };
}

describe('writes to the API from another site', () => {
  it('every documented unsafe operation refuses a foreign or null Origin, or Sec-Fetch-Site: cross-site, with 403 cross_site, and changes nothing', async () => {
    const { site } = await api.siteWithDistribution();
    const victim = unique('victim');
    await expectJson(await api.post('/api/users', { username: victim, password: 'long-enough-password', role: 'staff' }, 'admin'), 201);
    const date = nextWeekday(2);
    const issued = await expectJson<{ tickets: { code: string }[] }>(await api.post(`/api/sites/${site}/distributions/mat/tickets`, { date }, 'staff'), 201);
    const params: Record<string, string> = { site, dist: 'mat', username: victim, date, code: issued.tickets[0]!.code, id: '1', stop: 'x', act: 'x' };
    const cookie = await api.cookieFor('admin');
    const before = onWorker ? await readBack(site, victim) : await dumpTables();

    const doc = await expectJson<{ paths: Record<string, Record<string, unknown>> }>(await target.fetch('/api/openapi.json'), 200);
    const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((m) => unsafe.includes(m)).map((method) => ({ method, path })));
    expect(operations.length).toBeGreaterThan(30);
    const ways: Record<string, string>[] = [{ origin: foreign }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'http://localhost.evil.example', 'sec-fetch-site': 'same-site' }];
    for (const { method, path } of operations) {
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? 'x'));
      for (const [i, way] of ways.entries()) {
        // Half with a JSON body, half with none and no Content-Type: neither gets through.
        const init: RequestInit =
          i % 2 === 0
            ? { method: method.toUpperCase(), headers: { cookie, ...way, 'content-type': 'application/json' }, body: '{"password":"long-enough-password","role":"admin"}' }
            : { method: method.toUpperCase(), headers: { cookie, ...way } };
        const res = await target.fetch(url, init);
        expect(res.status, `${method} ${url} ${JSON.stringify(way)}`).toBe(403);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('cross_site');
      }
    }
    expect(onWorker ? await readBack(site, victim) : await dumpTables()).toEqual(before);
  });

  it('refuses a login from another site (login CSRF), and takes one from this site', async () => {
    const login = (headers: Record<string, string>) =>
      target.fetch('/api/session', { method: 'POST', headers: { 'content-type': 'application/json', 'x-test-client': unique('a'), ...headers }, body: JSON.stringify({ username: 'admin', password: 'wrong-but-unchecked' }) });
    expect((await expectJson(await login({ origin: foreign }), 403)).error.code).toBe('cross_site');
    expect((await expectJson(await login({ origin: target.origin, 'sec-fetch-site': 'same-origin' }), 401)).error.code).toBe('invalid_credentials');
  });

  it('takes the same write from this site, from a caller that names no origin, and with a Bearer token from anywhere', async () => {
    const victim = unique('victim');
    await expectJson(await api.post('/api/users', { username: victim, password: 'long-enough-password', role: 'staff' }, 'admin'), 201);
    const cookie = await api.cookieFor('admin');
    const post = (path: string, headers: Record<string, string>) => target.fetch(path, { method: 'POST', headers });
    expect((await post(`/api/users/${victim}/disable`, { cookie, origin: target.origin })).status).toBe(200);
    expect((await post(`/api/users/${victim}/enable`, { cookie })).status).toBe(200);
    const { token } = await expectJson<{ token: string }>(await api.post('/api/tokens', { label: 'script' }, 'admin'), 201);
    const bearer = { authorization: `Bearer ${token}`, origin: foreign, 'sec-fetch-site': 'cross-site' };
    expect((await post(`/api/users/${victim}/disable`, bearer)).status).toBe(200);
    // A Bearer header does not lend the cookie its exemption: the cookie alone is never read then.
    expect((await post(`/api/users/${victim}/enable`, { authorization: 'Bearer not-a-token', cookie, origin: foreign })).status).toBe(401);
  });
});

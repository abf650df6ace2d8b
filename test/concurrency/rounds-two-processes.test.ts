import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { type ServerProcess, tempDatabaseFile, useTwoServers } from '../support/server-process';

const file = tempDatabaseFile();
const date = DateTime.now().setZone('Europe/Oslo').plus({ days: 10 }).toISODate()!;
const base = '/api/sites/sentrum/rounds';
let round = 0;
let stops: number[] = [];

function send(server: ServerProcess, cookie: string, method: string, url: string, body: unknown) {
  return fetch(`${server.url}${url}`, { method, headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
}

const servers = useTwoServers(file, async ({ a, cookieA }) => {
  expect((await send(a, cookieA, 'POST', '/api/sites', { slug: 'sentrum', name: 'Sentrum' })).status).toBe(201);
  round = ((await (await send(a, cookieA, 'POST', base, { date, name: 'Runde', starts: '12:00' })).json()) as { id: number }).id;
  for (let i = 0; i < 8; i++) {
    const res = await send(a, cookieA, 'POST', `${base}/${round}/stops`, { label: `Stopp ${i}` });
    stops = ((await res.json()) as { stops: { id: number }[] }).stops.map((s) => s.id);
  }
});

describe('two processes reordering and adding to one round at once', () => {
  it('never gives two stops one place, and leaves every stop in the order once', async () => {
    const { a, b, cookieA, cookieB } = servers;
    const requests: Promise<Response>[] = [];
    for (let i = 0; i < 24; i++) {
      const [server, cookie] = i % 2 === 0 ? [a, cookieA] : [b, cookieB];
      const stop = stops[(i * 5) % stops.length]!;
      requests.push(send(server, cookie, 'POST', `${base}/${round}/stops/${stop}/move`, i % 3 === 0 ? { to: 1 + (i % 8) } : { move: i % 4 === 0 ? 'down' : 'up' }));
      if (i % 3 === 0) requests.push(send(server, cookie, 'POST', `${base}/${round}/stops`, { label: `Ny ${i}` }));
    }
    const statuses = await Promise.all(requests.map(async (r) => (await r).status));
    // A move re-planned too often in a row gives up with 409; nothing else may fail.
    expect(statuses.filter((s) => s !== 200 && s !== 201 && s !== 409)).toEqual([]);
    const added = statuses.filter((s) => s === 201).length;
    expect(added).toBe(8);

    const sqlite = new Database(file, { readonly: true });
    const rows = sqlite.prepare('select position, label from round_stops where round_id = ? order by position').all(round) as { position: number; label: string }[];
    sqlite.close();
    expect(rows).toHaveLength(16);
    expect(new Set(rows.map((r) => r.position)).size).toBe(16);
    expect(rows.every((r) => r.position >= 0)).toBe(true);
    expect(new Set(rows.map((r) => r.label)).size).toBe(16);
    const view = (await (await send(a, cookieA, 'GET', `${base}/${round}`, undefined)).json()) as { stops: { place: number; start: string }[] };
    expect(view.stops.map((s) => s.place)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(new Set(view.stops.map((s) => s.start)).size).toBe(16);
  });
});

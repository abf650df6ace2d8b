import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startChild, type Child } from './child-process';

export const SERVER_ADMIN_PASSWORD = 'server-admin-password';

export function tempDatabaseFile() {
  return join(mkdtempSync(join(tmpdir(), 'hentetid-proc-')), 'hentetid.db');
}

export type ServerProcess = Child;

/** Starts the real Node entry (`src/node.ts`) on a free port and waits for /healthz. */
export function startServer(options: { db: string; env?: Record<string, string> }): Promise<ServerProcess> {
  return startChild('src/node.ts', {
    probe: '/healthz',
    env: {
      HENTETID_DB: options.db,
      HENTETID_DEMO: '0',
      HENTETID_ADMIN_PASSWORD: SERVER_ADMIN_PASSWORD,
      HENTETID_LOG: '0',
      ...options.env,
    },
  });
}

/** Logs in over HTTP and returns the cookie header value. */
export async function loginCookie(url: string, username = 'admin', password = SERVER_ADMIN_PASSWORD) {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/**
 * A real server on `db` with place `sentrum` and a daily distribution `mat` (08:00–20:00, 5-minute
 * slots of 100), and a logged-in POST: the set-up of the tests that issue against a live process.
 */
export async function serverIssuingAt(db: string) {
  const server = await startServer({ db });
  const cookie = await loginCookie(server.url);
  const post = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  const made = [
    await post('/api/sites', { slug: 'sentrum', name: 'Sentrum' }),
    await post('/api/sites/sentrum/distributions', { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', opens: '08:00', closes: '20:00', slotMinutes: 5, perSlot: 100 }),
  ];
  if (made.some((res) => res.status !== 201)) throw new Error(`set-up failed: ${made.map((res) => res.status).join(', ')}`);
  return { server, cookie, post };
}

/** Two server processes on one database file, each with an admin's cookie: the multi-process tests' set-up. */
async function twoServersOn(db: string) {
  // The second process starts once the first has migrated the new file.
  const a = await startServer({ db });
  const b = await startServer({ db });
  return { a, b, cookieA: await loginCookie(a.url), cookieB: await loginCookie(b.url) };
}

export type TwoServers = Awaited<ReturnType<typeof twoServersOn>>;

/**
 * Two server processes on `db` for a whole test file: started before its tests, with `setUp`
 * run against them, and stopped after. The returned object is filled in once they are up.
 */
export function useTwoServers(db: string, setUp: (servers: TwoServers) => Promise<void>): TwoServers {
  const servers = {} as TwoServers;
  beforeAll(async () => {
    Object.assign(servers, await twoServersOn(db));
    await setUp(servers);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([servers.a?.stop(), servers.b?.stop()]);
  });
  return servers;
}

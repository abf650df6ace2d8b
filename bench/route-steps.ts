import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { openSqliteStore } from '../src/adapters/node-sqlite';
import { createApp } from '../src/app';
import { authenticate } from '../src/http/authenticate';
import { boundedBodies, jsonBodiesOnly } from '../src/http/body-rules';
import type { AppEnv } from '../src/http/context';
import { knowTheCaller, type Caller } from '../src/http/client-address';
import { noStoreUnlessSaid } from '../src/http/no-store';
import { publicDateRange } from '../src/http/public-date-range';
import { pageContext, type PageEnv } from '../src/routes/pages/page-env';
import type { Services } from '../src/services';
import { prepareDatabase } from '../src/startup';
import { dataPathApp } from './data-path-app';
import { daysFromToday } from './fixtures';

/**
 * `tsx bench/route-steps.ts`: where a hot route's time goes beyond its data path, in process (no
 * network, so the kernel's share is out): each route's data path alone, then with the app-wide
 * middlewares in front, then (pages) with the page middlewares, then the real route. Variants
 * are measured in turns, STEPS_ROUNDS times, and the median CPU µs a request of each is printed
 * (CPU time, not wall time: on a shared machine it moves far less).
 */
process.env.HENTETID_LOG = '0';
const rounds = Number(process.env.STEPS_ROUNDS ?? 15);
const batch = Number(process.env.STEPS_BATCH ?? 200);

const dir = mkdtempSync(join(tmpdir(), 'hentetid-steps-'));
const store = openSqliteStore(join(dir, 'steps.db'));
const password = 'steps-admin-password';
const services: Services = {
  store,
  db: store.db,
  settings: { retentionDays: 14, auditDays: 90, demo: false, adminPassword: password, publicUrl: null, trustedProxies: [] },
  now: () => Date.now(),
};
const caller: Caller = { clientAddress: () => '127.0.0.1' };

/** The app-wide middlewares of `createApp`, in its order, in front of `inner`. */
function withAppMiddlewares(inner: Hono) {
  const app = new Hono<AppEnv>();
  app.use(knowTheCaller(caller));
  app.use(boundedBodies());
  app.use('/api/*', jsonBodiesOnly(), noStoreUnlessSaid());
  app.use(authenticate(services));
  app.use(publicDateRange());
  return app.route('/', inner);
}

/** …and the page middlewares of `pageRoutes` (the CSP and the page context) too. */
function withPageMiddlewares(inner: Hono, withContext = true) {
  const pages = new Hono<PageEnv>();
  pages.use(secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'"], scriptSrc: ["'self'"], frameAncestors: ["'none'"], formAction: ["'self'"], baseUri: ["'none'"] }, xFrameOptions: 'DENY' }));
  if (withContext) pages.use(pageContext());
  pages.route('/', inner);
  return withAppMiddlewares(pages as unknown as Hono);
}

type Variant = { name: string; call: (i: number) => Response | Promise<Response> };

async function expectOk(res: Response | Promise<Response>, name: string) {
  const answer = await res;
  if (answer.status >= 300) throw new Error(`${name}: ${answer.status} ${await answer.text()}`);
  await answer.arrayBuffer();
}

try {
  await prepareDatabase(services);
  const app = createApp(services, { caller });
  const { app: dataPaths, codes } = await dataPathApp(services);
  const appWide = withAppMiddlewares(dataPaths) as unknown as Hono;
  const paged = withPageMiddlewares(dataPaths) as unknown as Hono;
  const secured = withPageMiddlewares(dataPaths, false) as unknown as Hono;
  const login = await app.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const json = { 'content-type': 'application/json' };
  await app.request('/api/sites', { method: 'POST', headers: { ...json, cookie }, body: JSON.stringify({ slug: 'steps', name: 'Steps' }) });
  const dist = { slug: 'food', name: 'Food', rrule: 'FREQ=DAILY', startsOn: daysFromToday(0), opens: '08:00', closes: '20:00', slotMinutes: 15, perSlot: 50 };
  await app.request('/api/sites/steps/distributions', { method: 'POST', headers: { ...json, cookie }, body: JSON.stringify(dist) });

  const code = (i: number) => codes[i % codes.length]!;
  const date = (i: number) => daysFromToday(20 + (i % 300));
  // With its length, as a client over HTTP sends it (a body without one is counted as it streams).
  const post = (target: Hono, path: string, i: number, withCookie: boolean) => {
    const body = JSON.stringify({ date: date(i), count: 1 });
    return target.request(path, { method: 'POST', headers: { ...json, 'content-length': String(body.length), ...(withCookie ? { cookie } : {}) }, body });
  };
  const groups: Variant[][] = [
    [
      { name: 'look-up: data path alone', call: (i) => dataPaths.request(`/tickets/${code(i)}`) },
      { name: 'look-up: + app-wide middlewares', call: (i) => appWide.request(`/tickets/${code(i)}`) },
      { name: 'look-up: the route', call: (i) => app.request(`/api/tickets/${code(i)}`) },
    ],
    [
      { name: 'ticket page: data path alone', call: (i) => dataPaths.request(`/t/${code(i)}`) },
      { name: 'ticket page: + app-wide middlewares', call: (i) => appWide.request(`/t/${code(i)}`) },
      { name: 'ticket page: + the security headers', call: (i) => secured.request(`/t/${code(i)}`) },
      { name: 'ticket page: + the page context', call: (i) => paged.request(`/t/${code(i)}`) },
      { name: 'ticket page: the route', call: (i) => app.request(`/t/${code(i)}`) },
    ],
    [
      { name: 'issuing: data path alone', call: (i) => post(dataPaths, '/tickets', i, false) },
      { name: 'issuing: + app-wide middlewares, logged in', call: (i) => post(appWide, '/tickets', i, true) },
      { name: 'issuing: the route', call: (i) => post(app as unknown as Hono, '/api/sites/steps/distributions/food/tickets', i, true) },
    ],
  ];
  const only = process.env.STEPS_ONLY;
  const times = new Map<string, number[]>();
  let i = 0;
  for (const group of groups) {
    if (only && !group[0]!.name.startsWith(only)) continue;
    for (const v of group) for (let k = 0; k < batch; k++) await expectOk(v.call(i++), v.name);
    for (let round = 0; round < rounds; round++) {
      for (const v of group) {
        const started = process.cpuUsage();
        for (let k = 0; k < batch; k++) await expectOk(v.call(i++), v.name);
        const used = process.cpuUsage(started);
        const list = times.get(v.name) ?? [];
        list.push((used.user + used.system) / batch);
        times.set(v.name, list);
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [name, list] of times) console.log(`${name.padEnd(48)}${median(list).toFixed(0).padStart(6)} µs CPU`);
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}

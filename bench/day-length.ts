import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openSqliteStore } from '../src/adapters/node-sqlite';
import { createApp } from '../src/app';
import { createDistribution } from '../src/db/distributions';
import { findIssuePlace, issueTickets } from '../src/db/issue-tickets';
import { createSite } from '../src/db/sites';
import type { Services } from '../src/services';
import { prepareDatabase } from '../src/startup';
import { daysFromToday } from './fixtures';

/**
 * A walk-in (one ticket, spread) on a day of 12 five-minute slots against one on the longest day
 * a distribution can have (00:00–23:59: 287 slots), in process on a real SQLite file: the data
 * path alone (findIssuePlace + issueTickets) and the whole route through app.request(). Goal:
 * the long day costs at most 1.3× the short one.
 */
export type DayLengthResult = { name: string; shortUs: number; longUs: number; ratio: number };

const ROUNDS = 7;
const ROUND_MS = 400;

const WALK_INS = 3_000;

/**
 * CPU time (user + system) a walk-in, not wall time: steadier when other work shares the cores.
 * The two days take turns walk-in by walk-in, so a burst of load elsewhere falls on both alike.
 */
async function compare(name: string, short: (i: number) => Promise<unknown>, long: (i: number) => Promise<unknown>): Promise<DayLengthResult> {
  for (let i = 0; i < 300; i++) await Promise.all([short(i), long(i)]);
  let [shortUs, longUs] = [0, 0];
  for (let i = 300; i < 300 + WALK_INS; i++) {
    let cpu = process.cpuUsage();
    await short(i);
    let used = process.cpuUsage(cpu);
    shortUs += used.user + used.system;
    cpu = process.cpuUsage();
    await long(i);
    used = process.cpuUsage(cpu);
    longUs += used.user + used.system;
  }
  return { name, shortUs: shortUs / WALK_INS, longUs: longUs / WALK_INS, ratio: longUs / shortUs };
}

export async function runDayLength(): Promise<DayLengthResult[]> {
  process.env.HENTETID_LOG = '0';
  const dir = mkdtempSync(join(tmpdir(), 'hentetid-day-length-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  const password = 'bench-admin-password';
  const services: Services = {
    store,
    db: store.db,
    settings: { retentionDays: 14, auditDays: 90, demo: false, adminPassword: password, publicUrl: null, trustedProxies: [] },
    now: () => Date.now(),
  };
  try {
    await prepareDatabase(services);
    const site = await createSite(services, { slug: 'days', name: 'Days' });
    const daily = { rrule: 'FREQ=DAILY', startsOn: daysFromToday(0), slotMinutes: 5, perSlot: 50 };
    await createDistribution(services, site, { slug: 'short', name: 'Short', opens: '10:00', closes: '11:00', ...daily });
    await createDistribution(services, site, { slug: 'long', name: 'Long', opens: '00:00', closes: '23:59', ...daily });
    // Each walk-in goes to one of 300 days ahead, so no day fills and each holds a few tickets.
    const dates = Array.from({ length: 300 }, (_, i) => daysFromToday(20 + i));
    const dataPath = (dist: string) => async (i: number) => {
      const date = dates[i % dates.length]!;
      return issueTickets(services, await findIssuePlace(services, 'days', dist, date), { date, count: 1, strategy: 'spread' });
    };
    const app = createApp(services, { caller: { clientAddress: () => '127.0.0.1' } });
    const login = await app.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
    const headers = { cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'content-type': 'application/json' };
    const route = (dist: string) => async (i: number) => {
      const res = await app.request(`/api/sites/days/distributions/${dist}/tickets`, { method: 'POST', headers, body: JSON.stringify({ date: dates[i % dates.length] }) });
      if (res.status !== 201) throw new Error(`walk-in on ${dist} gave ${res.status}: ${await res.text()}`);
    };
    return [
      await compare('walk-in, data path alone', dataPath('short'), dataPath('long')),
      await compare('walk-in via app.request()', route('short'), route('long')),
    ];
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printDayLength(results: DayLengthResult[]) {
  console.log('\nday length: a walk-in on 287 five-minute slots against one on 12 (goal: at most 1.3x)');
  for (const r of results) {
    console.log(`  ${r.name.padEnd(30)} 12 slots ${r.shortUs.toFixed(0).padStart(5)} µs CPU   287 slots ${r.longUs.toFixed(0).padStart(5)} µs CPU   ${r.ratio.toFixed(2)}x`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  printDayLength(await runDayLength());
}

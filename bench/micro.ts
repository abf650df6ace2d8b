import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApp } from '../src/app';
import { openSqliteStore } from '../src/adapters/node-sqlite';
import { allocate, type SlotLoad } from '../src/domain/allocation';
import { addDays, isoInZone, todayIn } from '../src/domain/local-date';
import { occurrences, recurringDates } from '../src/domain/recurrence/dates';
import { reflowAfterCapacityChange, type ReflowTicket } from '../src/domain/reflow';
import { daySlots } from '../src/domain/slots';
import { catalogues } from '../web/i18n/catalogue';
import { clock } from '../web/i18n/time-format';
import type { Services } from '../src/services';
import { prepareDatabase } from '../src/startup';
import { daysFromToday, today } from './fixtures';

export type MicroResult = { name: string; opsPerSecond: number; medianMs: number; p90Ms: number; runs: number };

const zone = 'Europe/Oslo';
type PickupReply = { distributions: { slots: { tickets: { code: string }[] }[] }[] };

/** Runs `op` for about `seconds` after a short warm-up; ops/s from the total, median from each run. */
async function measure(name: string, op: (i: number) => unknown, seconds = 1): Promise<MicroResult> {
  let i = 0;
  const warmUntil = performance.now() + 200;
  while (performance.now() < warmUntil) await op(i++);
  const times: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    const t = performance.now();
    await op(i++);
    times.push(performance.now() - t);
  }
  const total = performance.now() - started;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, opsPerSecond: (times.length / total) * 1000, medianMs: at(0.5), p90Ms: at(0.9), runs: times.length };
}

function domainBenchmarks() {
  const startsOn = '2026-01-05';
  const yearDates = recurringDates('FREQ=WEEKLY;BYDAY=MO,TU,TH,FR', startsOn, null, startsOn, addDays(startsOn, 364));
  const fullDay = daySlots({ date: '2026-03-10', opens: '08:00', closes: '20:00', slotMinutes: 15, zone });
  const loads: SlotLoad[] = fullDay.map((s, k) => ({ ...s, capacity: 20, taken: (k * 7) % 9 }));
  // A full day: 48 slots of 50, then the capacity halves to 25 a slot.
  const reflowTickets: ReflowTicket[] = fullDay.flatMap((s, k) => Array.from({ length: 50 }, (_, n) => ({ id: k * 50 + n, start: s.start, issuedOrder: k * 50 + n })));
  const halved = fullDay.map((s) => ({ ...s, capacity: 25 }));
  const now = Date.UTC(2026, 2, 10, 9);
  return [
    () => measure(`slot generation, a year (${yearDates.length} days x ${fullDay.length} slots)`, () => {
      for (const date of yearDates) daySlots({ date, opens: '08:00', closes: '20:00', slotMinutes: 15, zone });
    }),
    () => measure('opening days over a year (one rule, a new window each op)', (i) => recurringDates('FREQ=WEEKLY;BYDAY=MO,TU,TH,FR', startsOn, null, addDays(startsOn, i % 1000), addDays(startsOn, 364 + (i % 1000)), zone)),
    // A day's 48 slot edges, as a pickup list or a page prints them.
    () => measure('todayIn, 48 times a second apart', (i) => { for (let k = 0; k < 48; k++) todayIn(zone, now + i * 48_000 + k * 1000); }),
    () => measure('isoInZone, 48 slot edges', () => { for (const s of fullDay) isoInZone(s.start, zone); }),
    () => measure('clock (a time on a page), 48 slot edges', () => { for (const s of fullDay) clock(catalogues.nb, s.start, zone); }),
    () => measure('allocation of a 500-ticket batch (spread, 48 slots)', () => allocate(loads, 500, 'spread')),
    () => measure('allocation of a 500-ticket batch (earliest)', () => allocate(loads, 500, 'earliest')),
    () => measure('capacity change on a full day (2,400 tickets, 50 -> 25)', () => reflowAfterCapacityChange({ slots: halved, tickets: reflowTickets })),
    // Each op starts on a new date so the expansion cache never answers: the cost of a cold year.
    () => measure('expansion of a year of recurrences (uncached)', (i) =>
      occurrences({ rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', startsOn: addDays(startsOn, i), until: null, startTime: '10:00', durationMinutes: 90, zone, from: addDays(startsOn, i), to: addDays(startsOn, i + 364) }),
    ),
  ];
}

/** The real app through `app.request()` on a temp SQLite file: no network, only our code and SQLite. */
async function endToEndBenchmarks(): Promise<MicroResult[]> {
  // The request log is read when the app is built; a line a request would be measured too.
  process.env.HENTETID_LOG = '0';
  const dir = mkdtempSync(join(tmpdir(), 'hentetid-bench-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  const services: Services = {
    store,
    db: store.db,
    settings: { retentionDays: 14, auditDays: 90, demo: false, adminPassword: 'bench-admin-password', publicUrl: null, trustedProxies: [] },
    now: () => Date.now(),
  };
  try {
    await prepareDatabase(services);
    const app = createApp(services, { caller: { clientAddress: () => '127.0.0.1' } });
    const login = await app.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'bench-admin-password' }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const call = async (method: string, path: string, body?: unknown, expect = 200) => {
      const res = await app.request(path, { method, headers: { cookie, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      if (res.status !== expect) throw new Error(`${method} ${path} gave ${res.status}: ${await res.text()}`);
      return res.json();
    };
    await call('POST', '/api/sites', { slug: 'micro', name: 'Micro' }, 201);
    const dist = { name: 'Food', rrule: 'FREQ=DAILY', startsOn: today(), opens: '08:00', closes: '20:00', slotMinutes: 15, perSlot: 50 };
    await call('POST', '/api/sites/micro/distributions', { slug: 'food', ...dist }, 201);
    await call('POST', '/api/sites/micro/distributions', { slug: 'list', ...dist }, 201);
    const issue = (slug: string, date: string) => call('POST', `/api/sites/micro/distributions/${slug}/tickets`, { date, count: 500 }, 201);
    // Four batches fill a day's 2,400 seats to 2,000, so each batch gets a day of its own.
    const batch = await measure('500-ticket batch via app.request()', (i) => issue('food', daysFromToday(1 + i)), 2);
    const listDate = daysFromToday(1);
    // The list site holds both distributions; the list day has 2,000 tickets on "list" only.
    await call('POST', '/api/sites', { slug: 'micro-list', name: 'Micro list' }, 201);
    await call('POST', '/api/sites/micro-list/distributions', { slug: 'list', ...dist }, 201);
    for (let n = 0; n < 4; n++) await call('POST', '/api/sites/micro-list/distributions/list/tickets', { date: listDate, count: 500 }, 201);
    const list = await measure('2,000-ticket pickup list via app.request()', () => call('GET', `/api/sites/micro-list/pickups?date=${listDate}`), 2);
    // The request paths of the HTTP scenarios without the network: what our own code costs.
    const one = await measure('one ticket via app.request()', (i) => call('POST', '/api/sites/micro/distributions/food/tickets', { date: daysFromToday(100 + (i % 200)) }, 201));
    const codes = ((await call('GET', `/api/sites/micro-list/pickups?date=${listDate}`)) as PickupReply).distributions[0]!.slots.flatMap((s) => s.tickets.map((t) => t.code));
    const publicCall = async (path: string) => {
      const res = await app.request(path);
      if (res.status !== 200) throw new Error(`GET ${path} gave ${res.status}`);
      return res.text();
    };
    const lookup = await measure('ticket look-up via app.request()', (i) => publicCall(`/api/tickets/${codes[i % codes.length]}`));
    const page = await measure('ticket page via app.request()', (i) => publicCall(`/t/${codes[i % codes.length]}`));
    return [batch, list, one, lookup, page];
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** MICRO_ONLY=domain or MICRO_ONLY=app runs one half, for profiling. */
export async function runMicro(): Promise<MicroResult[]> {
  const only = process.env.MICRO_ONLY;
  const results: MicroResult[] = [];
  if (only !== 'app') for (const run of domainBenchmarks()) results.push(await run());
  if (only !== 'domain') results.push(...(await endToEndBenchmarks()));
  return results;
}

export function printMicro(results: MicroResult[]) {
  console.log('\nmicro-benchmarks (in process)');
  for (const r of results) {
    console.log(`  ${r.name.padEnd(62)}${r.opsPerSecond.toFixed(0).padStart(9)} ops/s   median ${r.medianMs.toFixed(3).padStart(8)} ms   p90 ${r.p90Ms.toFixed(3).padStart(8)} ms`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  printMicro(await runMicro());
}

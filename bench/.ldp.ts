import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/adapters/node-sqlite';
import type { Services } from '../src/http/context';
import { prepareDatabase } from '../src/startup';
import { createSite } from '../src/db/sites';
import { createDistribution } from '../src/db/distributions';
import { loadDayPlan, slotsOn, findClosure } from '../src/db/day-plan';
import { daysFromToday, today } from './fixtures';
const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'hb-')), 'b.db'));
const services: Services = { store, db: store.db, settings: { retentionDays: 14, demo: false, adminPassword: 'pw-pw-pw-pw', publicUrl: null }, now: () => Date.now(), clientAddress: () => '127.0.0.1' };
await prepareDatabase(services);
const site = await createSite(services, { slug: 'm', name: 'M' });
const d = await createDistribution(services, site, { slug: 'f', name: 'F', rrule: 'FREQ=DAILY', startsOn: today(), opens: '08:00', closes: '20:00', slotMinutes: 15, perSlot: 50 });
const dates = Array.from({ length: 200 }, (_, i) => daysFromToday(10 + i));
const time = async (name: string, f: (i: number) => unknown, N = 5000) => {
  for (let i = 0; i < 200; i++) await f(i);
  const t = performance.now();
  for (let i = 0; i < N; i++) await f(i);
  console.log(name.padEnd(30), (((performance.now() - t) / N) * 1000).toFixed(1), 'µs');
};
for (let k = 0; k < 2; k++) {
await time('slotsOn', (i) => slotsOn(d, dates[i % 200]!, 'Europe/Oslo'));
await time('findClosure', (i) => findClosure(services, d, dates[i % 200]!));
await time('loadDayPlan no counts', (i) => loadDayPlan(services, d, dates[i % 200]!, 'Europe/Oslo', { counts: false }));
await time('loadDayPlan counts', (i) => loadDayPlan(services, d, dates[i % 200]!, 'Europe/Oslo'));
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/adapters/node-sqlite';
import { createDistribution } from '../src/db/distributions';
import { findIssuePlace, issueTickets } from '../src/db/issue-tickets';
import { createSite } from '../src/db/sites';
import type { Services } from '../src/services';
import { daysFromToday } from './fixtures';

/**
 * `npx tsx bench/commit-stalls.ts`: how long one walk-in's write holds the event loop, in process
 * (no HTTP, no client competing for the cores), over STALL_TICKETS (20,000) tickets on dates
 * spread over 300 days. A WAL checkpoint run inside a commit shows as the slow tail: p99.9 and
 * the longest write.
 */
const total = Number(process.env.STALL_TICKETS ?? 20_000);
const dir = mkdtempSync(join(tmpdir(), 'hentetid-stalls-'));
const store = openSqliteStore(join(dir, 'stalls.db'));
const services: Services = {
  store,
  db: store.db,
  settings: { retentionDays: 14, auditDays: 90, demo: false, adminPassword: 'x', publicUrl: null, trustedProxies: [] },
  now: () => Date.now(),
};
try {
  const site = await createSite(services, { slug: 'stalls', name: 'Stalls' });
  await createDistribution(services, site, { slug: 'food', name: 'Food', rrule: 'FREQ=DAILY', startsOn: daysFromToday(0), opens: '08:00', closes: '20:00', slotMinutes: 15, perSlot: 50 });
  const dates = Array.from({ length: 300 }, (_, i) => daysFromToday(20 + i));
  const times: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < total; i++) {
    const date = dates[i % dates.length]!;
    const t = performance.now();
    await issueTickets(services, await findIssuePlace(services, 'stalls', 'food', date), { date, count: 1, strategy: 'spread' });
    times.push(performance.now() - t);
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  const over = (ms: number) => times.filter((t) => t > ms).length;
  console.log(`${total} walk-ins: mean ${mean.toFixed(3)} ms, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, p99.9 ${at(0.999)} ms, longest ${times.at(-1)!.toFixed(2)} ms; over 5 ms: ${over(5)}, over 20 ms: ${over(20)}; CPU ${Math.round((cpu.user + cpu.system) / total)} µs a walk-in (${Math.round(cpu.system / total)} in the kernel)`);
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}

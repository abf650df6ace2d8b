import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fixtures, daysFromToday } from './fixtures';
import { drive, type LoadResult } from './load';
import { startChild } from '../test/support/child-process';

/**
 * `npx tsx bench/mixed-load.ts`: a busy morning, exaggerated. 20 issuing desks (20 connections
 * POSTing single tickets) and 200 clients looking codes up (GET /api/tickets/:code) at the same
 * time against the real server on a file, for MIXED_SECONDS (20). Run twice: paced (each desk
 * 10 tickets a second, each client 2 look-ups a second: latency without queueing) and flat out
 * (every connection as fast as the server answers). Prints req/s and p50/p99 of each side.
 * The database grows by ~100,000 tickets a run, on dates spread over a year, so the WAL sees
 * as many page writes as any real centre would in years.
 */
const seconds = Number(process.env.MIXED_SECONDS ?? 20);
const password = 'bench-admin-password';
const dir = mkdtempSync(join(tmpdir(), 'hentetid-mixed-'));
const server = await startChild('src/node.ts', {
  probe: '/healthz',
  env: { HENTETID_DB: join(dir, 'mixed.db'), HENTETID_DEMO: '0', HENTETID_ADMIN_PASSWORD: password, HENTETID_LOG: '0' },
});
try {
  const fx = await Fixtures.login(server.url, password);
  const issuing = await fx.siteWithDistribution('mixed-issue', 50);
  const list = await fx.siteWithDistribution('mixed-list', 50);
  const codes = await fx.fillDay(list.site, list.dist, daysFromToday(1), 2000);
  const issueDates = Array.from({ length: 300 }, (_, i) => daysFromToday(20 + i));
  const issuePath = `/api/sites/${issuing.site}/distributions/${issuing.dist}/tickets`;
  let n = 0;
  const both = (pace: { desk?: number; client?: number }) =>
    Promise.all([
      drive({
        url: server.url,
        connections: 20,
        seconds,
        rate: pace.desk,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: fx.cookie },
        next: () => ({ path: issuePath, body: JSON.stringify({ date: issueDates[n++ % issueDates.length], count: 1 }) }),
      }),
      drive({ url: server.url, connections: 200, seconds, rate: pace.client, next: () => ({ path: `/api/tickets/${codes[n++ % codes.length]}` }) }),
    ]);
  const line = (name: string, r: LoadResult) =>
    `  ${name.padEnd(10)} ${String(Math.round(r.rps)).padStart(6)} req/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(4)} ms  non-2xx ${r.non2xx}  errors ${r.errors + r.timeouts}`;
  for (const [name, pace] of [
    ['paced', { desk: 10, client: 2 }],
    ['flat out', {}],
  ] as const) {
    const [issue, lookUp] = await both(pace);
    console.log(`${name}, ${seconds} s, 20 desks + 200 clients`);
    console.log(line('issuing', issue));
    console.log(line('look-up', lookUp));
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistribution } from '../../src/db/distributions';
import { findIssuePlace, issueTickets } from '../../src/db/issue-tickets';
import * as schema from '../../src/db/schema';
import { createSite } from '../../src/db/sites';
import type { Database } from '../../src/db/store';
import type { Services } from '../../src/services';

// Every statement is a network round trip on D1: issuing reads the place (site, distribution,
// the day's closure and seats taken) in one statement and takes the seats in one more, for a
// walk-in and a batch alike. better-sqlite3's `verbose` sees each statement run (not the
// triggers' inner ones), so the count is exact.
const dir = mkdtempSync(join(tmpdir(), 'hentetid-statements-'));
const executed: string[] = [];
const sqlite = new BetterSqlite3(join(dir, 'test.db'), { verbose: (text) => executed.push(String(text)) });
const db = drizzle(sqlite, { schema });
const services: Services = {
  store: { db: db as unknown as Database, atomic: () => Promise.reject(new Error('issuing needs no multi-statement unit')) },
  db: db as unknown as Database,
  settings: { retentionDays: 14, auditDays: 90, demo: false, adminPassword: 'x', publicUrl: null, trustedProxies: [] },
  now: () => Date.parse('2026-03-01T09:00:00Z'),
};
afterAll(() => {
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  migrate(db, { migrationsFolder: join(import.meta.dirname, '../../drizzle') });
  const site = await createSite(services, { slug: 'one', name: 'One' });
  await createDistribution(services, site, { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-03-01', opens: '10:00', closes: '12:00', slotMinutes: 15, perSlot: 4 });
});

async function statementsOf(count: number) {
  executed.length = 0;
  const place = await findIssuePlace(services, 'one', 'mat', '2026-03-02');
  const issued = await issueTickets(services, place, { date: '2026-03-02', count, strategy: 'spread' });
  expect(issued).toHaveLength(count);
  return executed.length;
}

describe('statements a request to issue makes', () => {
  it('is two for a walk-in and two for a batch of 20', async () => {
    expect(await statementsOf(1)).toBe(2);
    expect(await statementsOf(20)).toBe(2);
  });
});

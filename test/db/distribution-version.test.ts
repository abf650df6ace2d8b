import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistribution, type DistributionRow } from '../../src/db/distributions';
import { distributions } from '../../src/db/schema';
import { createSite } from '../../src/db/sites';
import { triggerFailure } from '../../src/db/sql-errors';
import { sqliteServices } from '../support/sqlite-services';

const db = sqliteServices('version');
const { services } = db;
let d: DistributionRow;
afterAll(() => db.close());

beforeAll(async () => {
  const site = await createSite(services, { slug: 'one', name: 'One' });
  d = await createDistribution(services, site, { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-03-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 2 });
});

const versionNow = async () => (await services.db.select({ v: distributions.version }).from(distributions).where(eq(distributions.id, d.id)).get())!.v;
// A plain UPDATE, as any writer (a script, a future route) would make it: the trigger must bump.
const set = (column: string, value: string | number | null) =>
  services.db.run(sql`update distributions set ${sql.identifier(column)} = ${value} where id = ${d.id}`);

describe('distributions.version', () => {
  it('goes up by one on every change to a field that shapes the slots, whoever writes it, and not otherwise', async () => {
    expect(await versionNow()).toBe(0);
    const changes: [string, string | number | null][] = [
      ['rrule', 'FREQ=WEEKLY;BYDAY=MO'], ['starts_on', '2026-03-02'], ['until', '2026-12-31'], ['until', null],
      ['opens', '09:00'], ['closes', '12:00'], ['slot_minutes', 10], ['per_slot', 3],
    ];
    for (const [i, [column, value]] of changes.entries()) {
      await set(column, value);
      expect(await versionNow(), column).toBe(i + 1);
    }
    await set('name', 'Matutdeling');
    await set('per_slot', 3);
    expect(await versionNow()).toBe(changes.length);
  });

  it('refuses a seat planned from an older version with plan_stale, and takes one planned from the current version', async () => {
    const now = await versionNow();
    const seat = async (code: string, version: number) =>
      services.db.run(sql`insert into seat_requests (code, distribution_id, date, slot_start, slot_end, note, issued_at, planned_version)
        values (${code}, ${d.id}, '2026-03-09', ${Date.parse('2026-03-09T08:00:00Z')}, ${Date.parse('2026-03-09T08:10:00Z')}, null, 1, ${version})`);
    await expect(seat('STALE', now - 1)).rejects.toSatisfy((e) => triggerFailure(e) === 'plan_stale');
    await seat('FRESH', now);
    const codes = await services.db.all<{ code: string; status: string }>(sql`select code, status from tickets`);
    expect(codes).toEqual([{ code: 'FRESH', status: 'booked' }]);
  });
});

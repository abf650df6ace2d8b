import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { openD1Store } from '../../src/adapters/d1';
import { dailyCounts, distributions, sites, tickets } from '../../src/db/schema';
import type { Store } from '../../src/db/store';
import worker from '../../src/worker';
import { useLocalWorker } from '../support/local-worker';

/**
 * The Worker entry's handlers, called directly with a local D1 binding from workerd (migrated by
 * wrangler like `npm run dev:worker` does). The scheduled handler is tested here because
 * `wrangler dev` cannot trigger it locally while Workers assets are on (it answers "exception").
 */
describe('the Worker entry', () => {
  const local = useLocalWorker('entry', { HENTETID_ADMIN_PASSWORD: 'entry-password' });
  let store: Store;
  beforeAll(() => {
    store = openD1Store(local.DB);
  });

  it('prepares the database before the first request: the admin can log in', async () => {
    const health = await worker.fetch(new Request('http://hentetid.test/healthz'), local.env, local.ctx);
    expect(health.status).toBe(200);
    const login = await worker.fetch(
      new Request('http://hentetid.test/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'entry-password' }),
      }),
      local.env,
      local.ctx,
    );
    expect(login.status).toBe(200);
  });

  it('runs the retention clean-up from the cron trigger, keeping the day counts', async () => {
    const [site] = await store.db.insert(sites).values({ slug: 'old-site', name: 'Old', createdAt: 0 }).returning();
    const [dist] = await store.db
      .insert(distributions)
      .values({ siteId: site.id, slug: 'food', name: 'Food', rrule: 'FREQ=DAILY', startsOn: '2020-01-01', opens: '10:00', closes: '11:00', slotMinutes: 30, perSlot: 5 })
      .returning();
    const old = { distributionId: dist.id, date: '2020-01-01', slotStart: Date.UTC(2020, 0, 1, 9), slotEnd: Date.UTC(2020, 0, 1, 9, 30), issuedAt: 0, updatedAt: 0 };
    await store.db.insert(tickets).values([{ ...old, code: 'OLDCODE1' }, { ...old, code: 'OLDCODE2', status: 'picked_up' }]);

    await worker.scheduled({ cron: '17 3 * * *', scheduledTime: Date.now() }, local.env);

    expect(await store.db.select().from(tickets).where(eq(tickets.distributionId, dist.id)).all()).toEqual([]);
    const [counts] = await store.db.select().from(dailyCounts).where(eq(dailyCounts.distributionId, dist.id)).all();
    expect(counts).toMatchObject({ date: '2020-01-01', booked: 1, pickedUp: 1 });
  });
});

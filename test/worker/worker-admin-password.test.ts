import { describe, expect, it, vi } from 'vitest';
import { openD1Store } from '../../src/adapters/d1';
import { users } from '../../src/db/schema';
import worker from '../../src/worker';
import { useLocalWorker } from '../support/local-worker';

/** The Worker entry on a new local D1 whose HENTETID_ADMIN_PASSWORD is shorter than the API allows. */
describe('the Worker with a too short HENTETID_ADMIN_PASSWORD', () => {
  const local = useLocalWorker('short-admin', { HENTETID_ADMIN_PASSWORD: 'short' });

  it('creates no admin, answers 503, and logs one clear line saying what to fix', async () => {
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => void logged.push(args.join(' ')));
    try {
      const res = await worker.fetch(new Request('http://hentetid.test/healthz'), local.env, local.ctx);
      expect(res.status).toBe(503);
    } finally {
      spy.mockRestore();
    }
    expect(logged).toEqual([expect.stringMatching(/^Hentetid: HENTETID_ADMIN_PASSWORD is too short: use at least 10 characters/)]);
    expect(await openD1Store(local.DB).db.select().from(users).all()).toEqual([]);
  });
});

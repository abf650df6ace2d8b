import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getPlatformProxy } from 'wrangler';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openD1Store, type D1Database } from '../../src/adapters/d1';
import { users } from '../../src/db/schema';
import worker, { type Env } from '../../src/worker';

/** The Worker entry on a new local D1 whose HENTETID_ADMIN_PASSWORD is shorter than the API allows. */
describe('the Worker with a too short HENTETID_ADMIN_PASSWORD', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hentetid-short-admin-'));
  const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} };
  let proxy: Awaited<ReturnType<typeof getPlatformProxy<{ DB: D1Database }>>>;
  let env: Env;

  beforeAll(async () => {
    await promisify(execFile)('npx', ['wrangler', 'd1', 'migrations', 'apply', 'hentetid', '--local', '--persist-to', dir], {
      env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
    });
    proxy = await getPlatformProxy<{ DB: D1Database }>({ configPath: 'wrangler.toml', persist: { path: join(dir, 'v3') }, remoteBindings: false });
    env = { ...proxy.env, ASSETS: { fetch: async () => new Response(null, { status: 404 }) }, HENTETID_DEMO: '0', HENTETID_ADMIN_PASSWORD: 'short' };
  }, 90_000);
  afterAll(async () => {
    await proxy?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates no admin, answers 503, and logs one clear line saying what to fix', async () => {
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => void logged.push(args.join(' ')));
    try {
      const res = await worker.fetch(new Request('http://hentetid.test/healthz'), env, ctx);
      expect(res.status).toBe(503);
    } finally {
      spy.mockRestore();
    }
    expect(logged).toEqual([expect.stringMatching(/^Hentetid: HENTETID_ADMIN_PASSWORD is too short: use at least 10 characters/)]);
    expect(await openD1Store(proxy.env.DB).db.select().from(users).all()).toEqual([]);
  });
});

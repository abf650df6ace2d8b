import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { getPlatformProxy } from 'wrangler';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openD1Store, type D1Database } from '../../src/adapters/d1';
import worker, { type Env } from '../../src/worker';

/**
 * On D1 drizzle's error message repeats the SQL with its parameters; the Worker's log must carry
 * neither. The Worker entry is called with a workerd-backed local D1, one of whose tables is gone.
 */
describe('the log of an unexpected error on D1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hentetid-errlog-'));
  const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} };
  let proxy: Awaited<ReturnType<typeof getPlatformProxy<{ DB: D1Database }>>>;
  let env: Env;

  beforeAll(async () => {
    await promisify(execFile)('npx', ['wrangler', 'd1', 'migrations', 'apply', 'hentetid', '--local', '--persist-to', dir], {
      env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
    });
    proxy = await getPlatformProxy<{ DB: D1Database }>({ configPath: 'wrangler.toml', persist: { path: join(dir, 'v3') }, remoteBindings: false });
    env = { ...proxy.env, ASSETS: { fetch: async () => new Response(null, { status: 404 }) }, HENTETID_DEMO: '0', HENTETID_ADMIN_PASSWORD: 'errlog-password' };
  }, 90_000);
  afterAll(async () => {
    await proxy?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the class and the SQLite code only, on the API and on a page', async () => {
    expect((await worker.fetch(new Request('http://hentetid.test/healthz'), env, ctx)).status).toBe(200);
    const { db } = openD1Store(proxy.env.DB);
    await db.run(sql`drop table notices`);
    await db.run(sql`drop table tickets`);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const code = 'KQ2M9XDA';
      expect((await worker.fetch(new Request('http://hentetid.test/api/notices'), env, ctx)).status).toBe(500);
      // A ticket look-up's query names the code as a parameter.
      expect((await worker.fetch(new Request(`http://hentetid.test/api/tickets/${code}`), env, ctx)).status).toBe(500);
      expect((await worker.fetch(new Request('http://hentetid.test/'), env, ctx)).status).toBe(500);
      const lines = spy.mock.calls.map((call) => String(call[0]));
      expect(lines.length).toBeGreaterThanOrEqual(3);
      for (const line of lines) {
        const parsed = JSON.parse(line) as { error: { class: string; code?: string } };
        expect(parsed.error.code, line).toBe('SQLITE_ERROR');
        expect(line).not.toMatch(/no such table|from .notices|params:|"message"/i);
        expect(line).not.toContain(code);
      }
    } finally {
      spy.mockRestore();
    }
  });
});

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getPlatformProxy } from 'wrangler';
import { afterAll, beforeAll } from 'vitest';
import type { D1Database } from '../../src/adapters/d1';
import type { Env } from '../../src/worker';

/**
 * The Worker entry's `env` on a new local D1 from workerd, migrated by wrangler as
 * `npm run dev:worker` does, for tests that call the entry's handlers directly. Call it inside a
 * describe: it registers the set-up and the tear-down; `env`, `DB` and `ctx` are there from the
 * first test on.
 */
export function useLocalWorker(prefix: string, vars: Partial<Env>) {
  const dir = mkdtempSync(join(tmpdir(), `hentetid-${prefix}-`));
  let proxy: Awaited<ReturnType<typeof getPlatformProxy<{ DB: D1Database }>>> | undefined;
  const local = {
    env: undefined as unknown as Env,
    DB: undefined as unknown as D1Database,
    ctx: { waitUntil() {}, passThroughOnException() {}, props: {} },
  };
  beforeAll(async () => {
    await promisify(execFile)('npx', ['wrangler', 'd1', 'migrations', 'apply', 'hentetid', '--local', '--persist-to', dir], {
      env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
    });
    proxy = await getPlatformProxy<{ DB: D1Database }>({ configPath: 'wrangler.toml', persist: { path: join(dir, 'v3') }, remoteBindings: false });
    local.DB = proxy.env.DB;
    local.env = { ...proxy.env, ASSETS: { fetch: async () => new Response(null, { status: 404 }) }, HENTETID_DEMO: '0', ...vars } as Env;
  }, 90_000);
  afterAll(async () => {
    await proxy?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });
  return local;
}

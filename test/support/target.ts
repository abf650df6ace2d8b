import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createApp } from '../../src/app';
import { openSqliteStore } from '../../src/adapters/node-sqlite';
import type { Caller } from '../../src/http/client-address';
import type { Services } from '../../src/services';
import { prepareDatabase } from '../../src/startup';
import { ADMIN_PASSWORD } from './admin-password';

export { ADMIN_PASSWORD };

/**
 * Where the API tests send their requests. `HENTETID_TEST_TARGET=worker` (set by the worker
 * project in vitest.config.ts) points them at `wrangler dev` on workerd with a local D1;
 * otherwise they go through `app.request()` on a fresh SQLite file.
 */
export type Target = {
  runtime: 'node' | 'worker';
  /** The origin pages see, for the Origin header that the csrf check wants on form posts. */
  origin: string;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Node only: the services behind the app, to move the clock or inspect the file. */
  services?: Services;
  close(): Promise<void>;
};

export async function openTarget(options: { now?: () => number } = {}): Promise<Target> {
  // Provided by test/support/worker-global-setup.ts, which starts wrangler dev.
  const workerUrl = inject('hentetidWorkerUrl') ?? process.env.HENTETID_WORKER_URL;
  if (process.env.HENTETID_TEST_TARGET === 'worker') {
    if (!workerUrl) throw new Error('HENTETID_WORKER_URL is not set: the worker globalSetup did not start wrangler dev');
    // The worker is shared by every test file: each file calls from its own address unless a test
    // names one, so one file's unknown codes do not count against the look-ups of the next.
    const address = `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
    return {
      runtime: 'worker',
      origin: new URL(workerUrl).origin,
      fetch: (path, init) => {
        const headers = new Headers(init?.headers);
        if (!headers.has('x-test-client')) headers.set('x-test-client', address);
        return fetch(new URL(path, workerUrl), { redirect: 'manual', ...init, headers });
      },
      close: async () => {},
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'hentetid-test-'));
  const store = openSqliteStore(join(dir, 'test.db'));
  const services: Services = {
    store,
    db: store.db,
    settings: { retentionDays: 14, auditDays: 90, demo: false, adminPassword: ADMIN_PASSWORD, publicUrl: null, trustedProxies: [] },
    now: options.now ?? (() => Date.now()),
  };
  await prepareDatabase(services);
  const app = createApp(services, { caller: testCaller });
  return {
    runtime: 'node',
    origin: 'http://localhost',
    services,
    fetch: async (path, init) => app.request(path, init),
    close: async () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Each test may name its own address (X-Test-Client), and stands where a trusted https proxy would (X-Forwarded-Proto), as on the worker. */
export const testCaller: Caller = {
  clientAddress: (c) => c.req.header('x-test-client') ?? '127.0.0.1',
  forwardedRequest: (c) => ({ client: c.req.header('x-test-client') ?? '127.0.0.1', proto: c.req.header('x-forwarded-proto') }),
};

/** Slugs and usernames unique across test files, which share one D1 database on the worker. */
export function unique(prefix: string) {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

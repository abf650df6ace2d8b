import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild, type Child } from './child-process';

export const SERVER_ADMIN_PASSWORD = 'server-admin-password';

export function tempDatabaseFile() {
  return join(mkdtempSync(join(tmpdir(), 'hentetid-proc-')), 'hentetid.db');
}

export type ServerProcess = Child;

/** Starts the real Node entry (`src/node.ts`) on a free port and waits for /healthz. */
export function startServer(options: { db: string; env?: Record<string, string> }): Promise<ServerProcess> {
  return startChild('src/node.ts', {
    probe: '/healthz',
    env: {
      HENTETID_DB: options.db,
      HENTETID_DEMO: '0',
      HENTETID_ADMIN_PASSWORD: SERVER_ADMIN_PASSWORD,
      HENTETID_LOG: '0',
      ...options.env,
    },
  });
}

/** Logs in over HTTP and returns the cookie header value. */
export async function loginCookie(url: string, username = 'admin', password = SERVER_ADMIN_PASSWORD) {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

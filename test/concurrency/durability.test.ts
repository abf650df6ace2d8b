import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { nextWeekday } from '../support/dates';
import { serverIssuingAt, startServer, tempDatabaseFile, type ServerProcess } from '../support/server-process';

const file = tempDatabaseFile();
let server: ServerProcess | undefined;
afterAll(() => server?.stop('SIGKILL'));

describe('durability', () => {
  it('keeps every acknowledged ticket when the server is killed with SIGKILL under load', async () => {
    const issuing = await serverIssuingAt(file);
    server = issuing.server;
    const { post } = issuing;

    const date = nextWeekday(2, 7);
    const acknowledged: string[] = [];
    let killed = false;
    const worker = async () => {
      while (!killed) {
        try {
          const res = await post('/api/sites/sentrum/distributions/mat/tickets', { date, count: 1 + (acknowledged.length % 3) });
          if (res.status === 201) acknowledged.push(...(await res.json()).tickets.map((t: { code: string }) => t.code));
        } catch {
          return; // the server is gone
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    // Kill in the middle of the load: once a fair number are acknowledged (a loaded machine is slow).
    const deadline = Date.now() + 30_000;
    while (acknowledged.length < 100 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const beforeKill = acknowledged.length;
    server.child.kill('SIGKILL');
    killed = true;
    await Promise.all(workers);
    expect(beforeKill).toBeGreaterThanOrEqual(100);

    server = await startServer({ db: file });
    const db = new Database(file, { readonly: true });
    const stored = new Set((db.prepare('select code from tickets').all() as { code: string }[]).map((r) => r.code));
    db.close();
    const missing = acknowledged.filter((code) => !stored.has(code.replace('-', '')));
    expect(missing).toEqual([]);
    // And through the restarted service itself.
    for (const code of acknowledged.slice(-5)) {
      expect((await fetch(`${server.url}/api/tickets/${code}`)).status).toBe(200);
    }
    console.log(`durability: ${acknowledged.length} tickets acknowledged before SIGKILL, all ${stored.size} present after restart`);
  }, 120_000);
});

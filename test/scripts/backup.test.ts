import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runScript } from '../support/child-process';
import { nextWeekday } from '../support/dates';
import { serverIssuingAt, startServer, tempDatabaseFile, type ServerProcess } from '../support/server-process';

const servers: ServerProcess[] = [];
afterAll(() => Promise.all(servers.map((s) => s.stop())));

describe('npm run backup', () => {
  it('copies a running database while tickets are issued: the copy serves every ticket acknowledged before it began', async () => {
    const file = tempDatabaseFile();
    const { server, post } = await serverIssuingAt(file);
    servers.push(server);

    const date = nextWeekday(2, 7);
    const acknowledged: string[] = [];
    let stop = false;
    const desk = async () => {
      while (!stop) {
        const res = await post('/api/sites/sentrum/distributions/mat/tickets', { date, count: 1 + (acknowledged.length % 2) });
        if (res.status === 201) acknowledged.push(...((await res.json()) as { tickets: { code: string }[] }).tickets.map((t) => t.code));
      }
    };
    const desks = Array.from({ length: 4 }, desk);
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 20));

    const copy = join(tempDatabaseFile(), '..', 'backup.db');
    const beforeBackup = [...acknowledged];
    const backup = await runScript('scripts/backup.ts', [copy], { HENTETID_DB: file });
    const duringBackup = acknowledged.length - beforeBackup.length;
    stop = true;
    await Promise.all(desks);
    expect(backup.status, backup.output).toBe(0);

    const restored = await startServer({ db: copy });
    servers.push(restored);
    for (const code of beforeBackup) expect((await fetch(`${restored.url}/api/tickets/${code}`)).status, code).toBe(200);
    console.log(`backup: ${beforeBackup.length} tickets acknowledged before the backup all served from the copy; ${duringBackup} issued while it ran`);
  }, 120_000);

  it('refuses to overwrite a file, and says so', async () => {
    const file = tempDatabaseFile();
    const server = await startServer({ db: file });
    servers.push(server);
    const result = await runScript('scripts/backup.ts', [file], { HENTETID_DB: file });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/exists already/);
    expect(existsSync(file)).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('asks for a file name when none is given', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/npm run backup -- /);
  });
});

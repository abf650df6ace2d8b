import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, root } from '../support/child-process';
import { nextWeekday } from '../support/dates';
import { serverIssuingAt, tempDatabaseFile, type ServerProcess } from '../support/server-process';

/**
 * A read-only database file, for real: the server runs as user `nobody` on a file that `nobody`
 * owns with mode 0444 (the tests run as root, whom file modes do not stop). SQLite then opens the
 * file read-only and refuses every write with SQLITE_READONLY, as on a file an operator made
 * read-only or restored without write permission.
 */
const nobody = spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' });
const canDropToNobody = process.getuid?.() === 0 && nobody.status === 0 && spawnSync('setpriv', ['--version']).status === 0;
if (!canDropToNobody) console.log('read-only start tests skipped: they need root, user nobody and setpriv to run the server as another user');

const running: ServerProcess[] = [];
afterAll(() => Promise.all(running.map((s) => s.stop())));

function makeReadOnlyForNobody(file: string) {
  const uid = Number(nobody.stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).stdout.trim());
  const dir = dirname(file);
  chownSync(dir, uid, gid);
  for (const name of readdirSync(dir)) chownSync(join(dir, name), uid, gid);
  chmodSync(file, 0o444);
}

/** src/node.ts as user nobody; resolves once it answers or has exited. */
async function startAsNobody(file: string) {
  const port = await freePort();
  let log = '';
  const child = spawn('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, '--import', 'tsx', 'src/node.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', HENTETID_DB: file, HENTETID_DEMO: '0', HENTETID_LOG: '0', HENTETID_ADMIN_PASSWORD: 'not-used-here' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const server: ServerProcess = {
    url,
    child,
    output: () => log,
    stop: () => (child.exitCode !== null ? Promise.resolve() : (child.kill('SIGTERM'), exited.then(() => {}))),
  };
  running.push(server);
  for (let tries = 0; tries < 600 && child.exitCode === null; tries++) {
    if (log.includes('Hentetid is running')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { server, exitCode: child.exitCode === null ? null : await exited };
}

describe.skipIf(!canDropToNobody)('starting on a read-only database file', () => {
  it('starts with one clear line, serves reads, refuses writes with 503, and /healthz says 503', async () => {
    const file = tempDatabaseFile();
    const { server: writer, post } = await serverIssuingAt(file);
    const date = nextWeekday(2, 7);
    const issued = await post('/api/sites/sentrum/distributions/mat/tickets', { date, count: 1 });
    expect(issued.status).toBe(201);
    const [{ code }] = ((await issued.json()) as { tickets: { code: string }[] }).tickets;
    const token = ((await (await post('/api/tokens', { label: 'script' })).json()) as { token: string }).token;
    await writer.stop();
    makeReadOnlyForNobody(file);

    const { server, exitCode } = await startAsNobody(file);
    expect(exitCode, server.output()).toBeNull();
    const lines = server.output().split('\n');
    expect(lines.filter((line) => line.includes('takes no writes'))).toHaveLength(1);
    expect(server.output()).not.toMatch(/^\s+at /m);

    // Reads: the public look-up (hit, and a miss whose count cannot be written), a page, a script's token.
    expect((await fetch(`${server.url}/api/tickets/${code}`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/tickets/ZZZZ-ZZZZ`)).status).toBe(404);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/sites`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);

    // Writes: 503 storage_unavailable with Retry-After, from the API and from /healthz.
    const login = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'server-admin-password' }),
    });
    expect(login.status).toBe(503);
    expect(login.headers.get('retry-after')).toBe('60');
    expect(((await login.json()) as { error: { code: string } }).error.code).toBe('storage_unavailable');
    const moved = await fetch(`${server.url}/api/sites`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ slug: 'nord', name: 'Nord' }),
    });
    expect(moved.status).toBe(503);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { error: { code: string } }).error.code).toBe('storage_unavailable');
  }, 120_000);

  it('refuses to start, in one line, when migrations are pending on it', async () => {
    const file = tempDatabaseFile();
    // The file as the version before the newest migration left it: all migrations but the last.
    const older = join(dirname(file), 'older-migrations');
    cpSync(join(root, 'drizzle'), older, { recursive: true });
    const journalFile = join(older, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
    writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, -1) }));
    const db = new Database(file);
    migrate(drizzle(db), { migrationsFolder: older });
    db.close();
    makeReadOnlyForNobody(file);

    const { server, exitCode } = await startAsNobody(file);
    expect(exitCode, server.output()).toBe(1);
    expect(server.output().trim().split('\n')).toEqual([expect.stringMatching(/needs its schema brought up to date but takes no writes \(SQLITE_READONLY.*not starting\.$/)]);
  }, 120_000);
});

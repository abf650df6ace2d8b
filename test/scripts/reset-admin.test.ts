import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/child-process';
import { existsSync } from 'node:fs';
import { loginCookie, startServer, tempDatabaseFile, SERVER_ADMIN_PASSWORD, type ServerProcess } from '../support/server-process';

const servers: ServerProcess[] = [];
afterAll(() => Promise.all(servers.map((s) => s.stop())));

const resetAdmin = (env: Record<string, string>) => runScript('scripts/reset-admin.ts', [], { HENTETID_ADMIN_PASSWORD: '', ...env });

const me = (url: string, cookie: string) => fetch(`${url}/api/session`, { headers: { cookie } }).then((r) => r.status);

describe('npm run reset-admin', () => {
  it('prints a new password once, which then works, and ends the admin’s sessions while the server runs', async () => {
    const file = tempDatabaseFile();
    const server = await startServer({ db: file });
    servers.push(server);
    const oldCookie = await loginCookie(server.url);
    expect(await me(server.url, oldCookie)).toBe(200);

    const result = await resetAdmin({ HENTETID_DB: file });
    expect(result.status, result.output).toBe(0);
    const password = /password of user "admin" is: (\S+)/.exec(result.output)?.[1];
    expect(password).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    expect(await me(server.url, oldCookie)).toBe(401);
    await expect(loginCookie(server.url, 'admin', SERVER_ADMIN_PASSWORD)).rejects.toThrow(/401/);
    expect(await me(server.url, await loginCookie(server.url, 'admin', password))).toBe(200);
  }, 60_000);

  it('enables a disabled admin again, and says so in the audit log', async () => {
    const file = tempDatabaseFile();
    const server = await startServer({ db: file });
    servers.push(server);
    const db = new Database(file);
    db.prepare("update users set disabled_at = 1 where username = 'admin'").run();
    db.close();
    await expect(loginCookie(server.url)).rejects.toThrow(/401/);
    const result = await resetAdmin({ HENTETID_DB: file, HENTETID_ADMIN_PASSWORD: 'back in business' });
    expect(result.status, result.output).toBe(0);
    const cookie = await loginCookie(server.url, 'admin', 'back in business');
    const audit = (await (await fetch(`${server.url}/api/audit`, { headers: { cookie } })).json()) as { action: string; user: string | null }[];
    expect(audit).toContainEqual(expect.objectContaining({ action: 'admin_password_reset', user: null }));
  }, 60_000);

  it('takes the password from HENTETID_ADMIN_PASSWORD and prints none', async () => {
    const file = tempDatabaseFile();
    const server = await startServer({ db: file });
    servers.push(server);
    const result = await resetAdmin({ HENTETID_DB: file, HENTETID_ADMIN_PASSWORD: 'a chosen passphrase' });
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toMatch(/is: /);
    expect(await me(server.url, await loginCookie(server.url, 'admin', 'a chosen passphrase'))).toBe(200);
  }, 60_000);

  it('refuses a HENTETID_ADMIN_PASSWORD shorter than 10 characters with one clear line, changing nothing', async () => {
    const file = tempDatabaseFile();
    const server = await startServer({ db: file });
    servers.push(server);
    const result = await resetAdmin({ HENTETID_DB: file, HENTETID_ADMIN_PASSWORD: 'too-short' });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/HENTETID_ADMIN_PASSWORD is too short: use at least 10 characters/);
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(await me(server.url, await loginCookie(server.url))).toBe(200);
  }, 60_000);

  it('forgets the misses counted against the admin, so it can log in again at once', async () => {
    const file = tempDatabaseFile();
    const server = await startServer({ db: file });
    servers.push(server);
    const attempt = (password: string) =>
      fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) }).then((r) => r.status);
    for (let i = 0; i < 5; i++) expect(await attempt(`wrong-${i}`)).toBe(401);
    expect(await attempt(SERVER_ADMIN_PASSWORD)).toBe(429);
    const result = await resetAdmin({ HENTETID_DB: file, HENTETID_ADMIN_PASSWORD: 'a chosen passphrase' });
    expect(result.status, result.output).toBe(0);
    expect(await attempt('a chosen passphrase')).toBe(200);
  }, 60_000);
});

describe('the Node server', () => {
  it('refuses to start on a new database with a HENTETID_ADMIN_PASSWORD under 10 characters: one line, exit 1, no admin', async () => {
    const file = tempDatabaseFile();
    const result = await runScript('src/node.ts', [], { HENTETID_DB: file, HENTETID_DEMO: '0', HENTETID_ADMIN_PASSWORD: 'short', PORT: '0', HENTETID_LOG: '0' });
    expect(result.status).toBe(1);
    expect(result.output.trim()).toMatch(/^HENTETID_ADMIN_PASSWORD is too short: use at least 10 characters[^\n]*$/);
    const db = new Database(file);
    try {
      expect(db.prepare('select count(*) as n from users').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    expect(existsSync(file)).toBe(true);
  }, 60_000);
});

import { request } from 'node:http';
import { createServer } from 'node:net';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../support/child-process';
import { nextWeekday } from '../support/dates';
import { serverIssuingAt, tempDatabaseFile, type ServerProcess } from '../support/server-process';

const servers: ServerProcess[] = [];
afterAll(() => Promise.all(servers.map((s) => s.stop('SIGKILL'))));

/** A POST whose body arrives in two parts, `pause` ms apart: a request still in flight meanwhile. */
function slowPost(url: string, path: string, cookie: string, body: string, pause: Promise<void>) {
  return new Promise<{ status: number; text: string }>((done, fail) => {
    const req = request(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => done({ status: res.statusCode!, text }));
    });
    req.on('error', fail);
    req.write(body.slice(0, 5));
    void pause.then(() => req.end(body.slice(5)));
  });
}

describe('stopping the server', () => {
  it('on SIGTERM finishes a request in flight (its ticket is kept), refuses new connections, and exits 0', async () => {
    const file = tempDatabaseFile();
    const { server, cookie } = await serverIssuingAt(file);
    servers.push(server);

    let release!: () => void;
    const pause = new Promise<void>((r) => (release = r));
    const inFlight = slowPost(server.url, '/api/sites/sentrum/distributions/mat/tickets', cookie, JSON.stringify({ date: nextWeekday(2, 7) }), pause);
    await new Promise((r) => setTimeout(r, 300));
    const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    release();
    const answer = await inFlight;
    expect(answer.status, answer.text).toBe(201);
    expect(await exited).toBe(0);
    const code = (JSON.parse(answer.text) as { tickets: { code: string }[] }).tickets[0]!.code.replace('-', '');
    const db = new Database(file, { readonly: true });
    expect(db.prepare('select count(*) as n from tickets where code = ?').get(code)).toEqual({ n: 1 });
    db.close();
  }, 60_000);

  it('prints a generated admin password before it listens, so a failed start does not lose it', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
        cwd: root,
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', HENTETID_DB: tempDatabaseFile(), HENTETID_DEMO: '0', HENTETID_ADMIN_PASSWORD: '' },
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      expect(code).not.toBe(0);
      expect(output).toMatch(/EADDRINUSE/);
      expect(output).toMatch(/log in as "admin" with password: [0-9A-Z]{4}(-[0-9A-Z]{4}){3}/);
    } finally {
      blocker.close();
    }
  }, 60_000);
});

import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressAnswers } from '../../src/adapters/node-compression';
import { nextWeekday } from '../support/dates';
import { firstVisit, firstWindowBytes, rawGet } from '../support/first-visit';
import { serverIssuingAt, tempDatabaseFile, type ServerProcess } from '../support/server-process';

let server: ServerProcess;
let code: string;
beforeAll(async () => {
  const issuing = await serverIssuingAt(tempDatabaseFile());
  server = issuing.server;
  const res = await issuing.post('/api/sites/sentrum/distributions/mat/tickets', { date: nextWeekday(2, 7), count: 1 });
  code = (await res.json()).tickets[0].code;
}, 60_000);
afterAll(() => server?.stop());

describe('compressed answers on the Node server', () => {
  it('gzips a page for a client that accepts gzip, with its compressed length, and says it varies', async () => {
    const plain = await rawGet(`${server.url}/t/${code}`);
    const gzipped = await rawGet(`${server.url}/t/${code}`, { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.body.length);
    expect(gzipped.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(gzipped.body).toString()).toBe(plain.body.toString());
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    // Written on the socket's response by the Node entry, after the answer was made.
    for (const answer of [plain, gzipped]) expect(answer.headers['server-timing']).toMatch(/^db;dur=[\d.]+;desc="2 statements", db-calls;desc="2 calls"$/);
  });

  it('prefers brotli when offered, and sends plain text to a client that accepts no encoding', async () => {
    const br = await rawGet(`${server.url}/`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    const refused = await rawGet(`${server.url}/`, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toContain('<!doctype html>');
  });

  it('leaves tiny answers as they are', async () => {
    const tiny = await rawGet(`${server.url}/api/tickets/${code}`, { 'accept-encoding': 'gzip' });
    expect(tiny.status).toBe(200);
    expect(tiny.body.length).toBeLessThan(1024);
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(Number(tiny.headers['content-length'])).toBe(tiny.body.length);
    const page = (await rawGet(`${server.url}/`)).body.toString();
    const icon = /href="(\/static\/icon\.[a-z0-9]+\.svg)"/.exec(page)![1]!;
    const svg = await rawGet(`${server.url}${icon}`, { 'accept-encoding': 'gzip' });
    expect(svg.status).toBe(200);
    expect(svg.headers['content-encoding']).toBeUndefined();
  });
});

describe('compressAnswers', () => {
  const big = 'x'.repeat(4096);
  const app = new Hono();
  app.use(compressAnswers());
  app.get('/encoded', (c) => c.body(big, 200, { 'content-type': 'text/plain', 'content-encoding': 'identity' }));
  app.get('/no-transform', (c) => c.body(big, 200, { 'content-type': 'text/plain', 'cache-control': 'no-transform' }));
  app.get('/binary', (c) => c.body(big, 200, { 'content-type': 'image/png' }));
  app.get('/tagged', (c) => c.body(big, 200, { 'content-type': 'text/plain', etag: '"v1"', vary: 'Cookie' }));
  const get = (path: string) => app.request(path, { headers: { 'accept-encoding': 'gzip' } });

  it('leaves an answer already encoded, one marked no-transform, and binary types alone', async () => {
    for (const path of ['/encoded', '/no-transform', '/binary']) {
      const res = await get(path);
      expect(res.headers.get('content-encoding') ?? 'identity', path).toBe('identity');
      expect(await res.text()).toBe(big);
    }
  });

  it('weakens an ETag and adds to the Vary already there', async () => {
    const res = await get('/tagged');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('etag')).toBe('W/"v1"');
    expect(res.headers.get('vary')).toBe('Cookie, Accept-Encoding');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(big);
  });
});

describe('a first visit to the ticket page', () => {
  it('loads no script and fits, HTML and CSS compressed, in the first 14 KiB', async () => {
    const visit = await firstVisit(server.url, `/t/${code}`);
    expect(visit.page.headers['content-encoding']).toBe('gzip');
    expect(visit.html).toContain('data-testid="code"');
    expect(visit.html).not.toContain('<script');
    expect(visit.files.map((f) => f.href)).toEqual([expect.stringMatching(/^\/static\/app\.\w+\.css$/)]);
    for (const f of visit.files) expect(f.answer.headers['content-encoding'], f.href).toBe('gzip');
    console.log(`ticket page, first visit: ${visit.bytes} B gzip (page ${visit.page.body.length} B)`);
    expect(visit.bytes).toBeLessThanOrEqual(firstWindowBytes);
  });
});

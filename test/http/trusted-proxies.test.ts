import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_ADMIN_PASSWORD, startServer, tempDatabaseFile, type ServerProcess } from '../support/server-process';

// The real Node entry, so the socket peer is real: behind a trusted proxy (here the loopback the
// test connects from) each forwarded client has its own count; without one, headers are ignored.
describe('the client address behind a reverse proxy', () => {
  let behindProxy: ServerProcess;
  let behindForwarded: ServerProcess;
  let direct: ServerProcess;
  beforeAll(async () => {
    [behindProxy, behindForwarded, direct] = await Promise.all([
      startServer({ db: tempDatabaseFile(), env: { HENTETID_TRUSTED_PROXIES: '127.0.0.1, ::1' } }),
      startServer({ db: tempDatabaseFile(), env: { HENTETID_TRUSTED_PROXIES: '127.0.0.1, ::1', HENTETID_PROXY_HEADER: 'forwarded' } }),
      startServer({ db: tempDatabaseFile() }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([behindProxy?.stop(), behindForwarded?.stop(), direct?.stop()]);
  });

  const missFrom = (url: string, headers: Record<string, string>) => fetch(`${url}/api/tickets/ZZZZ-ZZZZ`, { headers }).then((r) => r.status);

  it('counts misses per forwarded client, so one guesser does not lock out the others', async () => {
    const guesser = { 'x-forwarded-for': '198.51.100.7' };
    for (let i = 0; i < 20; i++) expect(await missFrom(behindProxy.url, guesser)).toBe(404);
    expect(await missFrom(behindProxy.url, guesser)).toBe(429);
    expect(await missFrom(behindProxy.url, { 'x-forwarded-for': '198.51.100.8' })).toBe(404);
    // A forged left-most hop does not help the guesser: the proxy appended what it saw.
    expect(await missFrom(behindProxy.url, { 'x-forwarded-for': '203.0.113.1, 198.51.100.7' })).toBe(429);
  });

  it('counts IPv6 clients per /64', async () => {
    for (let i = 0; i < 20; i++) expect(await missFrom(behindProxy.url, { 'x-forwarded-for': `2001:db8:1:2::${i.toString(16)}` })).toBe(404);
    expect(await missFrom(behindProxy.url, { 'x-forwarded-for': '2001:db8:1:2:ffff::1' })).toBe(429);
    expect(await missFrom(behindProxy.url, { 'x-forwarded-for': '2001:db8:1:3::1' })).toBe(404);
  });

  it('reads only the header chosen by HENTETID_PROXY_HEADER: a client cannot pick its address with the other one', async () => {
    // Behind an X-Forwarded-For proxy, a client's own Forwarded changes nothing: all count as the proxy's peer.
    const fresh = await startServer({ db: tempDatabaseFile(), env: { HENTETID_TRUSTED_PROXIES: '127.0.0.1, ::1' } });
    try {
      for (let i = 0; i < 20; i++) expect(await missFrom(fresh.url, { forwarded: `for=198.51.100.${i}` })).toBe(404);
      expect(await missFrom(fresh.url, { forwarded: 'for=198.51.100.200' })).toBe(429);
    } finally {
      await fresh.stop();
    }
    // Behind a Forwarded proxy: Forwarded counts, X-Forwarded-For is not read.
    const guesser = { forwarded: 'for="[2001:db8:5::1]:4711"', 'x-forwarded-for': '198.51.100.1' };
    for (let i = 0; i < 20; i++) expect(await missFrom(behindForwarded.url, { ...guesser, 'x-forwarded-for': `198.51.100.${i}` })).toBe(404);
    expect(await missFrom(behindForwarded.url, guesser)).toBe(429);
    expect(await missFrom(behindForwarded.url, { forwarded: 'for=198.51.100.1' })).toBe(404);
  });

  it('ignores forwarded headers when no proxy is trusted', async () => {
    for (let i = 0; i < 20; i++) expect(await missFrom(direct.url, { 'x-forwarded-for': `198.51.100.${i}` })).toBe(404);
    expect(await missFrom(direct.url, { 'x-forwarded-for': '198.51.100.200' })).toBe(429);
  });

  const loginForm = (url: string, headers: Record<string, string>) =>
    fetch(`${url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://hentetid.example', ...headers },
      body: new URLSearchParams({ username: 'admin', password: SERVER_ADMIN_PASSWORD }),
    });

  it('behind a TLS proxy without HENTETID_PUBLIC_URL, takes the login form from a browser that sends no Sec-Fetch-Site', async () => {
    const viaXff = await loginForm(behindProxy.url, { 'x-forwarded-for': '198.51.100.50', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'hentetid.example' });
    expect(viaXff.status).toBe(303);
    expect(viaXff.headers.get('set-cookie')).toMatch(/^__Host-hentetid_session=.*;\s*Secure/i);
    const viaForwarded = await loginForm(behindForwarded.url, { forwarded: 'for=198.51.100.50;proto=https;host=hentetid.example' });
    expect(viaForwarded.status).toBe(303);
    expect(viaForwarded.headers.get('set-cookie')).toMatch(/^__Host-hentetid_session=/);
    // From a peer that is not a trusted proxy, the same headers are a foreign origin, and no https.
    const forged = await loginForm(direct.url, { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'hentetid.example' });
    expect(forged.status).toBe(403);
    const plain = await fetch(`${direct.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ username: 'admin', password: SERVER_ADMIN_PASSWORD }),
    });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('set-cookie')).toMatch(/^hentetid_session=/);
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/i);
  });
});

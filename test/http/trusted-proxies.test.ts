import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDatabaseFile, type ServerProcess } from '../support/server-process';

// The real Node entry, so the socket peer is real: behind a trusted proxy (here the loopback the
// test connects from) each forwarded client has its own count; without one, headers are ignored.
describe('the client address behind a reverse proxy', () => {
  let behindProxy: ServerProcess;
  let direct: ServerProcess;
  beforeAll(async () => {
    [behindProxy, direct] = await Promise.all([
      startServer({ db: tempDatabaseFile(), env: { HENTETID_TRUSTED_PROXIES: '127.0.0.1, ::1' } }),
      startServer({ db: tempDatabaseFile() }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([behindProxy?.stop(), direct?.stop()]);
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
    for (let i = 0; i < 20; i++) expect(await missFrom(behindProxy.url, { forwarded: `for="[2001:db8:1:2::${i.toString(16)}]"` })).toBe(404);
    expect(await missFrom(behindProxy.url, { forwarded: 'for="[2001:db8:1:2:ffff::1]"' })).toBe(429);
    expect(await missFrom(behindProxy.url, { forwarded: 'for="[2001:db8:1:3::1]"' })).toBe(404);
  });

  it('ignores forwarded headers when no proxy is trusted', async () => {
    for (let i = 0; i < 20; i++) expect(await missFrom(direct.url, { 'x-forwarded-for': `198.51.100.${i}` })).toBe(404);
    expect(await missFrom(direct.url, { 'x-forwarded-for': '198.51.100.200' })).toBe(429);
  });
});

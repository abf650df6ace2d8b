import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { isHttps } from '../../src/http/authenticate';

describe('isHttps', () => {
  const app = new Hono().get('/', (c) => c.text(String(isHttps(c))));
  const ask = async (url: string, headers: Record<string, string> = {}) => (await app.request(url, { headers })).text();

  it('is true for an https URL or a proxy that says so, and false otherwise', async () => {
    expect(await ask('https://hentetid.example/')).toBe('true');
    expect(await ask('http://hentetid.example/', { 'x-forwarded-proto': 'https' })).toBe('true');
    expect(await ask('http://hentetid.example/')).toBe('false');
    // The scheme decides, not a path or host that mentions https.
    expect(await ask('http://https.example/')).toBe('false');
  });
});

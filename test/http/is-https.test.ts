import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { isHttps, requestOrigin } from '../../src/http/authenticate';
import { forwardedRequestOf, parseTrustedProxies } from '../../src/domain/client-address';
import { forwardingHeadersOf, knowTheCaller } from '../../src/http/client-address';

/** An app whose peer is `peer`, behind HENTETID_TRUSTED_PROXIES=10.0.0.0/8. */
function appFrom(peer: string) {
  const trusted = parseTrustedProxies('10.0.0.0/8');
  return new Hono()
    .use(knowTheCaller({ clientAddress: () => peer, forwardedRequest: (c) => forwardedRequestOf(peer, forwardingHeadersOf(c), trusted) }))
    .get('/', (c) => c.text(`${isHttps(c)} ${requestOrigin(c)}`));
}

describe('isHttps and the origin the browser addressed', () => {
  const ask = async (peer: string, url: string, headers: Record<string, string> = {}) => (await appFrom(peer).request(url, { headers })).text();

  it('follow an https URL, or a trusted proxy that says so, and nothing else', async () => {
    expect(await ask('203.0.113.9', 'https://hentetid.example/')).toBe('true https://hentetid.example');
    expect(await ask('10.0.0.1', 'http://127.0.0.1:3000/', { 'x-forwarded-proto': 'https', host: 'hentetid.example' })).toBe('true https://127.0.0.1:3000');
    expect(await ask('10.0.0.1', 'http://127.0.0.1:3000/', { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'hentetid.example:443' })).toBe('true https://hentetid.example');
    expect(await ask('203.0.113.9', 'http://hentetid.example/', { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' })).toBe('false http://hentetid.example');
    expect(await ask('10.0.0.1', 'http://hentetid.example/', { 'x-forwarded-proto': 'https, http' })).toBe('false http://hentetid.example');
    expect(await ask('10.0.0.1', 'http://hentetid.example/')).toBe('false http://hentetid.example');
    // The scheme decides, not a path or host that mentions https.
    expect(await ask('203.0.113.9', 'http://https.example/')).toBe('false http://https.example');
  });
});

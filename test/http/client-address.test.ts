import { describe, expect, it } from 'vitest';
import { clientAddressOf, forwardedRequestOf, parseTrustedProxies, throttleBucket } from '../../src/domain/client-address';

const proxies = parseTrustedProxies('10.0.0.0/8, 127.0.0.1, ::1, fd00::/8');

describe('trusted proxies', () => {
  it('reads addresses and CIDR ranges, and refuses what is neither', () => {
    expect(parseTrustedProxies(undefined)).toEqual([]);
    expect(parseTrustedProxies(' ')).toEqual([]);
    expect(parseTrustedProxies('192.168.1.7/24')).toEqual([{ version: 4, base: 0xc0a80100n, prefix: 24 }]);
    for (const bad of ['10.0.0.0/33', 'proxy.example.org', '10.0.0.1/x', '::1/129', '300.1.1.1', '1.2.3']) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/not an IP address or CIDR range/);
    }
  });
});

describe('the client address', () => {
  it('is the socket peer when no proxy is trusted, whatever the headers say', () => {
    expect(clientAddressOf('203.0.113.9', { forwardedFor: '1.2.3.4' }, [])).toBe('203.0.113.9');
  });

  it('is the socket peer when the peer is not a trusted proxy', () => {
    expect(clientAddressOf('203.0.113.9', { forwardedFor: '1.2.3.4' }, proxies)).toBe('203.0.113.9');
  });

  it('is the right-most forwarded address that is not a trusted proxy', () => {
    // The client claimed 6.6.6.6 itself; our edge proxy saw 198.51.100.4, the inner one 10.1.2.3.
    expect(clientAddressOf('127.0.0.1', { forwardedFor: '6.6.6.6, 198.51.100.4, 10.1.2.3' }, proxies)).toBe('198.51.100.4');
  });

  it('reads Forwarded: for= when that is the proxy header, with quotes, brackets and ports', () => {
    const forwarded = 'for=6.6.6.6, for="[2001:db8:cafe::17]:4711";proto=https, for=10.0.0.2';
    expect(clientAddressOf('::1', { forwarded }, proxies, 'forwarded')).toBe('2001:db8:cafe::17');
    expect(clientAddressOf('::ffff:127.0.0.1', { forwarded: 'for=192.0.2.60:8080;proto=http' }, proxies, 'forwarded')).toBe('192.0.2.60');
  });

  it('reads exactly the one header chosen, so a client cannot pick its address with the other', () => {
    // Behind a proxy that sets X-Forwarded-For, a Forwarded from the client is not read, even alone.
    expect(clientAddressOf('10.0.0.1', { forwarded: 'for=6.6.6.6' }, proxies)).toBe('10.0.0.1');
    expect(clientAddressOf('10.0.0.1', { forwardedFor: '198.51.100.4', forwarded: 'for=6.6.6.6' }, proxies)).toBe('198.51.100.4');
    // Behind one that sets only Forwarded, a client's own X-Forwarded-For is not read.
    expect(clientAddressOf('10.0.0.1', { forwardedFor: '6.6.6.6', forwarded: 'for=198.51.100.4' }, proxies, 'forwarded')).toBe('198.51.100.4');
    expect(clientAddressOf('10.0.0.1', { forwardedFor: '6.6.6.6' }, proxies, 'forwarded')).toBe('10.0.0.1');
  });

  it('falls back to the peer when the nearest untrusted hop is not an address', () => {
    expect(clientAddressOf('10.0.0.1', { forwardedFor: 'unknown' }, proxies)).toBe('10.0.0.1');
    expect(clientAddressOf('10.0.0.1', { forwarded: 'for=_hidden' }, proxies, 'forwarded')).toBe('10.0.0.1');
  });

  it('is the left-most hop when every hop is a trusted proxy, and the peer when there are none', () => {
    expect(clientAddressOf('10.0.0.1', { forwardedFor: '10.9.9.9, 10.0.0.5' }, proxies)).toBe('10.9.9.9');
    expect(clientAddressOf('10.0.0.1', {}, proxies)).toBe('10.0.0.1');
  });

  it('reads an IPv4-mapped IPv6 peer as IPv4', () => {
    expect(clientAddressOf('::ffff:10.0.0.1', { forwardedFor: '198.51.100.4' }, proxies)).toBe('198.51.100.4');
  });
});

describe('the scheme and host a proxy forwards', () => {
  it('are nothing from a peer that is not a trusted proxy', () => {
    expect(forwardedRequestOf('203.0.113.9', { forwardedFor: '1.2.3.4', forwardedProto: 'https', forwardedHost: 'evil.example' }, proxies)).toBeNull();
    expect(forwardedRequestOf('10.0.0.1', { forwardedProto: 'https' }, [])).toBeNull();
  });

  it('are the nearest proxy\'s (the right-most value) when the lists do not line up with the hops', () => {
    // The client sent "X-Forwarded-Proto: https" itself; our proxy appended what it saw.
    expect(forwardedRequestOf('10.0.0.1', { forwardedFor: '198.51.100.4', forwardedProto: 'https, http' }, proxies)).toEqual({ client: '198.51.100.4', proto: 'http' });
    expect(forwardedRequestOf('10.0.0.1', { forwardedProto: 'HTTPS', forwardedHost: 'hentetid.example' }, proxies)).toEqual({ client: '10.0.0.1', proto: 'https', host: 'hentetid.example' });
  });

  it('are the ones written for the client\'s hop when they line up', () => {
    // An edge proxy (10.0.0.2, trusted) took https from the client, then passed it on over http.
    const headers = { forwardedFor: '198.51.100.4, 10.0.0.2', forwardedProto: 'https, http', forwardedHost: 'hentetid.example, inner.local' };
    expect(forwardedRequestOf('10.0.0.1', headers, proxies)).toEqual({ client: '198.51.100.4', proto: 'https', host: 'hentetid.example' });
  });

  it('come from the client\'s element of Forwarded when that is the proxy header, and X-Forwarded-Proto is then not read', () => {
    const headers = { forwarded: 'for=198.51.100.4;proto=https;host="hentetid.example", for=10.0.0.2;proto=http', forwardedProto: 'http' };
    expect(forwardedRequestOf('10.0.0.1', headers, proxies, 'forwarded')).toEqual({ client: '198.51.100.4', proto: 'https', host: 'hentetid.example' });
    expect(forwardedRequestOf('10.0.0.1', { forwardedProto: 'https' }, proxies, 'forwarded')).toEqual({ client: '10.0.0.1' });
  });
});

describe('the throttle bucket', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(throttleBucket('198.51.100.4')).toBe('198.51.100.4');
  });

  it('counts IPv6 clients per /64', () => {
    expect(throttleBucket('2001:db8:cafe:1:aaaa::1')).toBe('2001:db8:cafe:1::/64');
    expect(throttleBucket('2001:db8:cafe:1:ffff:ffff:ffff:ffff')).toBe(throttleBucket('2001:db8:cafe:1::2'));
    expect(throttleBucket('2001:db8:cafe:2::1')).not.toBe(throttleBucket('2001:db8:cafe:1::1'));
  });

  it('leaves what is not an address alone', () => {
    expect(throttleBucket('unknown')).toBe('unknown');
  });
});

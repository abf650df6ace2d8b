/**
 * Who is calling, for throttling: the socket's peer, or, when that peer is one of our own reverse
 * proxies, the client the proxies forwarded. Only trusted proxies are believed: anyone else can
 * write any X-Forwarded-For they like.
 */

type Ip = { version: 4 | 6; value: bigint };
export type AddressRange = { version: 4 | 6; base: bigint; prefix: number };

/** Parses `HENTETID_TRUSTED_PROXIES`: comma-separated addresses or CIDR ranges. Throws on a bad entry. */
export function parseTrustedProxies(text: string | undefined): AddressRange[] {
  if (!text?.trim()) return [];
  return text.split(',').map((entry) => {
    const [address, prefixText, ...rest] = entry.trim().split('/');
    const ip = address ? parseIp(address) : null;
    const bits = ip?.version === 4 ? 32 : 128;
    const prefix = prefixText === undefined ? bits : Number(prefixText);
    if (!ip || rest.length > 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > bits || (prefixText !== undefined && !/^\d+$/.test(prefixText))) {
      throw new Error(`"${entry.trim()}" is not an IP address or CIDR range (like 10.0.0.0/8 or ::1)`);
    }
    return { version: ip.version, base: maskTo(ip.value, prefix, bits), prefix };
  });
}

function maskTo(value: bigint, prefix: number, bits: number) {
  const hostBits = BigInt(bits - prefix);
  return (value >> hostBits) << hostBits;
}

function inRange(ip: Ip, range: AddressRange) {
  return ip.version === range.version && maskTo(ip.value, range.prefix, ip.version === 4 ? 32 : 128) === range.base;
}

function isTrusted(address: string, trusted: AddressRange[]) {
  const ip = parseIp(address);
  return ip !== null && trusted.some((range) => inRange(ip, range));
}

/** The one header a trusted proxy's client is read from (HENTETID_PROXY_HEADER). */
export const proxyHeaders = ['x-forwarded-for', 'forwarded'] as const;
export type ProxyHeader = (typeof proxyHeaders)[number];

/** The request headers a reverse proxy may set, as they came. */
export type ForwardingHeaders = { forwardedFor?: string; forwardedProto?: string; forwardedHost?: string; forwarded?: string };

/** What a trusted proxy says the browser asked for: its address, and the scheme and host it used when told. */
export type ForwardedRequest = { client: string; proto?: string; host?: string };

type Hop = { for: string; proto?: string; host?: string };

/** The peer is one of our own reverse proxies (HENTETID_TRUSTED_PROXIES). */
function isTrustedPeer(peer: string | undefined, trusted: AddressRange[]): boolean {
  return peer !== undefined && trusted.length > 0 && isTrusted(stripZone(unmapIpv4(peer)), trusted);
}

/**
 * The request as the browser made it, when the socket's peer is a trusted proxy (else null):
 * read from exactly one header family, `proxyHeader`. The client is the right-most hop that is not
 * itself a trusted proxy: each proxy appends what it saw, so everything to the left of the first
 * untrusted hop could be made up by the client. Its scheme and host are the ones the proxy that
 * received it wrote down (the same element of `Forwarded`, or the same position of
 * X-Forwarded-Proto / -Host), or else the nearest proxy's (the right-most value).
 */
export function forwardedRequestOf(peer: string | undefined, headers: ForwardingHeaders, trusted: AddressRange[], proxyHeader: ProxyHeader = 'x-forwarded-for'): ForwardedRequest | null {
  if (!isTrustedPeer(peer, trusted)) return null;
  const socket = stripZone(unmapIpv4(peer!));
  const hops = proxyHeader === 'forwarded' ? forwardedHops(headers.forwarded ?? '') : forwardedForHops(headers);
  const told: Hop = proxyHeader === 'forwarded' ? { for: socket } : { for: socket, proto: lastValue(headers.forwardedProto)?.toLowerCase(), host: lastValue(headers.forwardedHost) };
  const nearest = hops.at(-1) ?? told;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!parseIp(hop.for)) return requestOf(nearest, socket);
    if (!isTrusted(hop.for, trusted)) return requestOf(hop, hop.for);
  }
  // Every hop was one of ours (or none was given): the left-most is the nearest to the client.
  const first = hops[0];
  return first && parseIp(first.for) ? requestOf(first, first.for) : requestOf(nearest, socket);
}

function requestOf(hop: Hop, client: string): ForwardedRequest {
  return { client, ...(hop.proto ? { proto: hop.proto } : {}), ...(hop.host ? { host: hop.host } : {}) };
}

/** The client's address: the forwarded client behind a trusted proxy, otherwise the peer whatever the headers say. */
export function clientAddressOf(peer: string | undefined, headers: ForwardingHeaders, trusted: AddressRange[], proxyHeader: ProxyHeader = 'x-forwarded-for'): string {
  return forwardedRequestOf(peer, headers, trusted, proxyHeader)?.client ?? (peer ? stripZone(unmapIpv4(peer)) : 'unknown');
}

function listOf(header: string | undefined) {
  return (header ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

function lastValue(header: string | undefined) {
  return listOf(header).at(-1);
}

/** X-Forwarded-For, with X-Forwarded-Proto / -Host taken hop by hop when they line up, else the nearest proxy's. */
function forwardedForHops(headers: ForwardingHeaders): Hop[] {
  const addresses = listOf(headers.forwardedFor).map(normaliseHop);
  const protos = listOf(headers.forwardedProto).map((proto) => proto.toLowerCase());
  const hosts = listOf(headers.forwardedHost);
  return addresses.map((address, i) => ({
    for: address,
    proto: protos.length === addresses.length ? protos[i] : protos.at(-1),
    host: hosts.length === addresses.length ? hosts[i] : hosts.at(-1),
  }));
}

/** RFC 7239: `Forwarded: for=192.0.2.60;proto=http;host=example.org, for="[2001:db8::1]:4711"`. */
function forwardedHops(header: string): Hop[] {
  const hops: Hop[] = [];
  for (const element of header.split(',')) {
    const hop: Partial<Hop> = {};
    for (const pair of element.split(';')) {
      const [name, ...valueParts] = pair.split('=');
      const value = valueParts.join('=').trim().replace(/^"(.*)"$/, '$1');
      const key = name?.trim().toLowerCase();
      if (key === 'for') hop.for = normaliseHop(value);
      else if (key === 'proto') hop.proto = value.toLowerCase();
      else if (key === 'host') hop.host = value;
    }
    if (hop.for !== undefined) hops.push(hop as Hop);
  }
  return hops;
}

/** Drops ports and IPv6 brackets: `[2001:db8::1]:4711` → `2001:db8::1`, `192.0.2.1:80` → `192.0.2.1`. */
function normaliseHop(hop: string) {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hop);
  if (bracketed) return stripZone(unmapIpv4(bracketed[1]!));
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(hop);
  if (v4WithPort) return v4WithPort[1]!;
  return stripZone(unmapIpv4(hop));
}

function unmapIpv4(address: string) {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function stripZone(address: string) {
  return address.replace(/%.*$/, '');
}

/**
 * The key a client is counted under: an IPv4 address as it is, an IPv6 address by its /64 (one
 * household or phone gets a whole /64 and can pick any address in it).
 */
export function throttleBucket(address: string): string {
  const ip = parseIp(address);
  if (!ip) return address;
  if (ip.version === 4) return address;
  const prefix = ip.value >> 64n;
  const groups = [48n, 32n, 16n, 0n].map((shift) => ((prefix >> shift) & 0xffffn).toString(16));
  return `${groups.join(':')}::/64`;
}

function parseIp(text: string): Ip | null {
  const v4 = parseIpv4(text);
  if (v4 !== null) return { version: 4, value: v4 };
  const v6 = parseIpv6(text);
  return v6 === null ? null : { version: 6, value: v6 };
}

function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIpv6(text: string): bigint | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split('::').length > 2) return null;
  const [headText, tailText] = text.includes('::') ? text.split('::') : [text, undefined];
  const groupsOf = (part: string | undefined): number[] | null => {
    if (!part) return [];
    const groups: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece);
        if (v4 === null) return null;
        groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) {
        groups.push(parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return groups;
  };
  const head = groupsOf(headText);
  const tail = groupsOf(tailText);
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (tailText === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<number>(tailText === undefined ? 0 : missing).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

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

/**
 * The client's address. When the socket's peer is a trusted proxy, the right-most address in
 * `X-Forwarded-For` (or else `Forwarded: for=`) that is not itself a trusted proxy: each proxy
 * appends the address it saw, so everything to the left of the first untrusted hop could be
 * made up by the client. Otherwise the peer, whatever the headers say.
 */
export function clientAddressOf(peer: string | undefined, headers: { forwardedFor?: string; forwarded?: string }, trusted: AddressRange[]): string {
  const socket = peer ? stripZone(unmapIpv4(peer)) : 'unknown';
  if (trusted.length === 0 || !isTrusted(socket, trusted)) return socket;
  const hops = headers.forwardedFor !== undefined ? forwardedForHops(headers.forwardedFor) : forwardedHops(headers.forwarded ?? '');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!parseIp(hop)) return socket;
    if (!isTrusted(hop, trusted)) return hop;
  }
  // Every hop was one of ours (or none was given): the left-most is the nearest to the client.
  return hops[0] && parseIp(hops[0]) ? hops[0] : socket;
}

function forwardedForHops(header: string) {
  return header
    .split(',')
    .map((hop) => normaliseHop(hop.trim()))
    .filter((hop) => hop.length > 0);
}

/** RFC 7239: `Forwarded: for=192.0.2.60;proto=http, for="[2001:db8::1]:4711"`. */
function forwardedHops(header: string) {
  const hops: string[] = [];
  for (const element of header.split(',')) {
    for (const pair of element.split(';')) {
      const [name, ...valueParts] = pair.split('=');
      if (name?.trim().toLowerCase() !== 'for') continue;
      const value = valueParts.join('=').trim().replace(/^"(.*)"$/, '$1');
      hops.push(normaliseHop(value));
    }
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

import type { Context, MiddlewareHandler } from 'hono';
import type { ForwardedRequest, ForwardingHeaders } from '../domain/client-address';

/**
 * How the runtime tells who is calling: on Node the socket's peer or, behind a trusted proxy, the
 * forwarded client; CF-Connecting-IP on Workers. Given to createApp by each entry, so nothing
 * below the http layer ever sees a request.
 */
export type Caller = {
  /** The caller as counted for throttling (IPv6 by its /64). */
  clientAddress: (c: Context) => string;
  /**
   * What a trusted reverse proxy says the browser asked for (its scheme and host), or null when the
   * request did not come through one. Absent: no proxy is ever believed (the Worker, whose URL is
   * already the one the browser used).
   */
  forwardedRequest?: (c: Context) => ForwardedRequest | null;
};

/** Makes the runtime's `caller` reachable from every handler (`c.var.caller`). */
export function knowTheCaller(caller: Caller): MiddlewareHandler {
  return async (c, next) => {
    c.set('caller', caller);
    await next();
  };
}

/** The caller's address, as counted for throttling. */
export function clientAddress(c: Context): string {
  return (c.get('caller') as Caller).clientAddress(c);
}

/** What a trusted proxy says the browser asked for, or null. */
export function forwardedRequest(c: Context): ForwardedRequest | null {
  return (c.get('caller') as Caller | undefined)?.forwardedRequest?.(c) ?? null;
}

/** The headers a proxy may have set on this request. */
export function forwardingHeadersOf(c: Context): ForwardingHeaders {
  return {
    forwardedFor: c.req.header('x-forwarded-for'),
    forwardedProto: c.req.header('x-forwarded-proto'),
    forwardedHost: c.req.header('x-forwarded-host'),
    forwarded: c.req.header('forwarded'),
  };
}

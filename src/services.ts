import type { Context } from 'hono';
import type { Database, Store } from './db/store';
import type { ForwardedRequest } from './http/client-address';
import type { Settings } from './settings';

/** What the app is built from: the runtime's store, the settings and the clock. Handlers reach it through `c.var.services`. */
export type Services = {
  store: Store;
  db: Database;
  settings: Settings;
  /** Epoch ms; injectable so tests can stand on a chosen day. */
  now: () => number;
  /**
   * The caller as counted for throttling: on Node the socket's peer or, behind a trusted proxy, the
   * forwarded client; CF-Connecting-IP on Workers; IPv6 by its /64.
   */
  clientAddress: (c: Context) => string;
  /**
   * What a trusted reverse proxy says the browser asked for (its scheme and host), or null when the
   * request did not come through one. Absent: no proxy is ever believed (the Worker, whose URL is
   * already the one the browser used).
   */
  forwardedRequest?: (c: Context) => ForwardedRequest | null;
};

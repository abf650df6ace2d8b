import type { Context } from 'hono';
import type { Database, Store } from './db/store';
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
};

import type { Database, Store } from './db/store';
import type { Settings } from './settings';

/** What the app is built from: the runtime's store, the settings and the clock; never a request. Handlers reach it through `c.var.services`. */
export type Services = {
  store: Store;
  db: Database;
  settings: Settings;
  /** Epoch ms; injectable so tests can stand on a chosen day. */
  now: () => number;
};
